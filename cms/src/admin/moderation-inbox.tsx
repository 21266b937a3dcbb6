// The communicators' moderation inbox: a page of its own (main menu → Granskning) and a widget on
// the admin home. It reads and decides through the admin routes in src/moderation/inbox.ts.
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Alert, Box, Button, Field, Flex, Link, Textarea, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, Widget } from '@strapi/strapi/admin';
import type { DecisionAnswer, ModerationInbox, PendingTip } from '../moderation/inbox-types';
import type { InboxTextId } from './inbox-texts';

const STOCKHOLM = 'Europe/Stockholm';

type Translate = (id: InboxTextId, values?: Record<string, string | number>) => string;

function useTexts(): { t: Translate; age: (minutes: number) => string; time: (iso: string) => string; date: (iso: string) => string } {
  const intl = useIntl();
  const t: Translate = (id, values) => intl.formatMessage({ id }, values);
  // "för 3 dagar sedan": the largest whole unit, as Intl writes it in the interface language.
  const age = (minutes: number) =>
    minutes >= 1440
      ? intl.formatRelativeTime(-Math.floor(minutes / 1440), 'day')
      : minutes >= 60
        ? intl.formatRelativeTime(-Math.floor(minutes / 60), 'hour')
        : intl.formatRelativeTime(-minutes, 'minute');
  const time = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: STOCKHOLM });
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: STOCKHOLM });
  return { t, age, time, date };
}

function useInbox(): { inbox: ModerationInbox | null; failed: boolean; reload: () => void } {
  const { get } = useFetchClient();
  const [inbox, setInbox] = React.useState<ModerationInbox | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    get<{ data: ModerationInbox }>('/admin/moderation-inbox').then(
      (response) => {
        if (current) setInbox(response.data.data);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [get, version]);
  return { inbox, failed, reload: () => setVersion((value) => value + 1) };
}

type Outcome = { variant: 'success' | 'danger'; title: string; text: string };

function TipCard({ tip, onDecided }: { tip: PendingTip; onDecided: (outcome: Outcome) => void }) {
  const { t, age, time } = useTexts();
  const { post } = useFetchClient();
  const [rejecting, setRejecting] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);

  async function decide(action: 'approve' | 'reject'): Promise<void> {
    if (action === 'reject' && reason.trim() === '') {
      setError(t('stodportalen.inbox.reject.required'));
      return;
    }
    setBusy(true);
    const response = await post<{ data: DecisionAnswer | null; error?: { message?: string } }>(
      `/admin/moderation-inbox/${tip.documentId}/${action}`,
      action === 'reject' ? { reason } : {},
      { validateStatus: () => true },
    ).catch(() => null);
    setBusy(false);
    const answer = response?.data.data;
    if (!answer) {
      const message = response?.data.error?.message ?? t('stodportalen.inbox.decisionFailed');
      // A refused reason stays in the box with the message beside it; nothing typed is lost.
      if (action === 'reject' && response?.status === 400) setError(message);
      else onDecided({ variant: 'danger', title: tip.title, text: message });
      return;
    }
    onDecided({
      variant: answer.mail === 'sent' ? 'success' : 'danger',
      title: t(answer.moderationStatus === 'approved' ? 'stodportalen.inbox.approved' : 'stodportalen.inbox.rejected', { title: tip.title }),
      text: t(`stodportalen.inbox.mail.${answer.mail}`),
    });
  }

  return (
    <Box tag="li" padding={4} background="neutral0" hasRadius shadow="tableShadow">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="delta" tag="h3">
          {tip.title}
        </Typography>
        <Typography>{t('stodportalen.inbox.tip.when', { time: time(tip.startsAt) })}</Typography>
        {tip.organiser ? <Typography>{t('stodportalen.inbox.tip.organiser', { organiser: tip.organiser })}</Typography> : null}
        <Typography textColor="neutral600">{t('stodportalen.inbox.tip.received', { age: age(tip.ageMinutes) })}</Typography>
        {tip.hasEmail ? null : <Typography textColor="danger600">{t('stodportalen.inbox.tip.noEmail')}</Typography>}
        <Link tag={RouterLink} to={`/content-manager/collection-types/api::event.event/${tip.documentId}?plugins[i18n][locale]=sv`}>
          {t('stodportalen.inbox.tip.open')}
        </Link>
        {rejecting ? (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Field.Root name={`reason-${tip.documentId}`} error={error} hint={t('stodportalen.inbox.reject.hint')} required>
              <Field.Label>{t('stodportalen.inbox.reject.label')}</Field.Label>
              <Textarea value={reason} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)} maxLength={2000} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            <Flex gap={2}>
              <Button variant="danger" loading={busy} onClick={() => void decide('reject')}>
                {t('stodportalen.inbox.reject.confirm')}
              </Button>
              <Button variant="tertiary" disabled={busy} onClick={() => setRejecting(false)}>
                {t('stodportalen.inbox.reject.cancel')}
              </Button>
            </Flex>
          </Flex>
        ) : (
          <Flex gap={2}>
            <Button variant="success" loading={busy} onClick={() => void decide('approve')}>
              {t('stodportalen.inbox.approve')}
            </Button>
            <Button variant="danger-light" disabled={busy} onClick={() => setRejecting(true)}>
              {t('stodportalen.inbox.reject')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Box>
  );
}

function Section({ heading, children }: { heading: string; children: React.ReactNode }) {
  return (
    <Box tag="section" paddingBottom={8}>
      <Box paddingBottom={4}>
        <Typography variant="beta" tag="h2">
          {heading}
        </Typography>
      </Box>
      {children}
    </Box>
  );
}

export function InboxPage() {
  const { t, time, date } = useTexts();
  const { inbox, failed, reload } = useInbox();
  const [outcomes, setOutcomes] = React.useState<Outcome[]>([]);
  if (failed) return <Page.Error content={t('stodportalen.inbox.loadFailed')} />;
  if (!inbox) return <Page.Loading>{t('stodportalen.inbox.loading')}</Page.Loading>;
  const onDecided = (outcome: Outcome) => {
    setOutcomes((previous) => [outcome, ...previous]);
    reload();
  };
  return (
    <Page.Main>
      <Page.Title>{t('stodportalen.inbox.title')}</Page.Title>
      <Layouts.Header title={t('stodportalen.inbox.title')} subtitle={t('stodportalen.inbox.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={2} paddingBottom={outcomes.length > 0 ? 6 : 0} role="status">
          {outcomes.map((outcome, index) => (
            <Alert
              key={`${outcomes.length - index}`}
              variant={outcome.variant}
              title={outcome.title}
              closeLabel={t('stodportalen.inbox.close')}
              onClose={() => setOutcomes((previous) => previous.filter((candidate) => candidate !== outcome))}
            >
              {outcome.text}
            </Alert>
          ))}
        </Flex>
        {inbox.mailConfigured ? null : (
          <Box paddingBottom={6}>
            <Alert variant="warning" closeLabel={t('stodportalen.inbox.close')}>
              {t('stodportalen.inbox.mailOff')}
            </Alert>
          </Box>
        )}
        <Section heading={t('stodportalen.inbox.tips.heading', { count: inbox.pendingCount })}>
          {inbox.pending.length === 0 ? (
            <Typography>{t('stodportalen.inbox.tips.none')}</Typography>
          ) : (
            <Flex tag="ol" direction="column" alignItems="stretch" gap={4}>
              {inbox.pending.map((tip) => (
                <TipCard key={tip.documentId} tip={tip} onDecided={onDecided} />
              ))}
            </Flex>
          )}
          {inbox.pendingCount > inbox.pending.length ? (
            <Typography>{t('stodportalen.inbox.tips.more', { shown: inbox.pending.length, count: inbox.pendingCount })}</Typography>
          ) : null}
        </Section>
        <Section heading={t('stodportalen.inbox.scheduled.heading', { count: inbox.scheduled.count })}>
          {inbox.scheduled.count === 0 ? (
            <Typography>{t('stodportalen.inbox.scheduled.none')}</Typography>
          ) : (
            <Flex tag="ul" direction="column" alignItems="start" gap={2}>
              {inbox.scheduled.items.map((item) => (
                <li key={item.documentId}>
                  <Typography>
                    {t(`stodportalen.inbox.scheduled.${item.type}`)}:{' '}
                    <Link tag={RouterLink} to={`/content-manager/collection-types/api::${item.type}.${item.type}/${item.documentId}?plugins[i18n][locale]=sv`}>
                      {t('stodportalen.inbox.scheduled.item', { title: item.title, time: time(item.publishAt) })}
                    </Link>
                  </Typography>
                </li>
              ))}
            </Flex>
          )}
        </Section>
        <Section heading={t('stodportalen.inbox.review.heading', { count: inbox.review.items.length })}>
          <Box paddingBottom={4}>
            <Typography>{t('stodportalen.inbox.review.intro', { months: inbox.review.intervalMonths })}</Typography>
          </Box>
          {inbox.review.items.length === 0 ? (
            <Typography>{t('stodportalen.inbox.review.none')}</Typography>
          ) : (
            <Flex tag="ul" direction="column" alignItems="start" gap={2}>
              {inbox.review.items.map((item) => (
                <li key={item.documentId}>
                  <Typography>
                    {t(`stodportalen.inbox.review.${item.type}`)}:{' '}
                    <Link tag={RouterLink} to={`/content-manager/collection-types/api::${item.type}.${item.type}/${item.documentId}?plugins[i18n][locale]=sv`}>
                      {item.title}
                    </Link>{' '}
                    (
                    {item.reasons
                      .map((reason) => t(`stodportalen.inbox.review.${reason}`, { date: item.reviewedOn ? date(item.reviewedOn) : '' }))
                      .join(', ')}
                    )
                  </Typography>
                </li>
              ))}
            </Flex>
          )}
        </Section>
      </Layouts.Content>
    </Page.Main>
  );
}

/** The home page's widget: how much waits, and the way to the page. */
export function InboxWidget() {
  const { t, age } = useTexts();
  const { inbox, failed } = useInbox();
  if (failed) return <Widget.Error>{t('stodportalen.inbox.loadFailed')}</Widget.Error>;
  if (!inbox) return <Widget.Loading>{t('stodportalen.inbox.loading')}</Widget.Loading>;
  const oldest = inbox.pending[0];
  return (
    <Flex direction="column" alignItems="start" gap={2}>
      <Typography variant="omega" fontWeight="bold">
        {t('stodportalen.inbox.widget.tips', { count: inbox.pendingCount })}
      </Typography>
      {oldest ? <Typography>{t('stodportalen.inbox.widget.oldest', { age: age(oldest.ageMinutes) })}</Typography> : null}
      <Typography>{t('stodportalen.inbox.widget.scheduled', { count: inbox.scheduled.count })}</Typography>
      <Typography>{t('stodportalen.inbox.widget.review', { count: inbox.review.items.length })}</Typography>
    </Flex>
  );
}

export default InboxPage;
