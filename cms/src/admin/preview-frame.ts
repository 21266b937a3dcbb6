/**
 * Strapi's preview page shows the portal's /forhandsvisning in a frame and says nothing when the
 * frame stays blank (the portal is down, or it does not let this admin origin frame it). The
 * preview page posts `{ type: 'stodportalen-preview', state }` to its parent once it has loaded
 * (web/public/preview-state.js); a frame that has not done so after FRAME_WAIT_MS gets a note above
 * it that says why and links to the preview in a tab of its own. Strapi 5.54 has no injection zone
 * on its preview page, so this watches the DOM for Strapi's frame (`data-testid="preview-iframe"`).
 */
export const FRAME_WAIT_MS = 8_000;
const FRAME = 'iframe[data-testid="preview-iframe"]';
const NOTE_ID = 'stodportalen-preview-note';

const TEXTS = {
  sv: {
    title: 'Förhandsvisningen kunde inte visas',
    text: (portal: string, admin: string) =>
      `Portalen (${portal}) svarade inte, eller så tillåter den inte att redigeringsverktyget på ${admin} visar den. ` +
      'Öppna redigeringsverktyget på den adress ni brukar använda, eller be den som sköter webbplatsen att lägga till adressen i portalens inställning CMS_ADMIN_ORIGIN.',
    link: 'Öppna förhandsvisningen i en ny flik',
  },
  en: {
    title: 'The preview could not be shown',
    text: (portal: string, admin: string) =>
      `The portal (${portal}) did not answer, or it does not let the editor at ${admin} show it. ` +
      'Open the editor at its usual address, or ask whoever runs the site to add this address to the portal\'s CMS_ADMIN_ORIGIN setting.',
    link: 'Open the preview in a new tab',
  },
};

export function watchPreviewFrames(win: Window & typeof globalThis): void {
  const doc = win.document;
  const loaded = new WeakSet<HTMLIFrameElement>();
  const timers = new WeakMap<HTMLIFrameElement, number>();

  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null || !('type' in data) || data.type !== 'stodportalen-preview') return;
    doc.querySelectorAll<HTMLIFrameElement>(FRAME).forEach((frame) => {
      if (frame.contentWindow !== null && frame.contentWindow === event.source) loaded.add(frame);
    });
    doc.getElementById(NOTE_ID)?.remove();
  });

  const watch = (frame: HTMLIFrameElement) => {
    win.clearTimeout(timers.get(frame));
    loaded.delete(frame);
    doc.getElementById(NOTE_ID)?.remove();
    if (!frame.src) return;
    timers.set(
      frame,
      win.setTimeout(() => {
        if (!frame.isConnected || loaded.has(frame)) return;
        showNote(doc, frame);
      }, FRAME_WAIT_MS),
    );
  };

  const seen = new WeakMap<HTMLIFrameElement, string>();
  const scan = () => {
    doc.querySelectorAll<HTMLIFrameElement>(FRAME).forEach((frame) => {
      if (seen.get(frame) === frame.src) return;
      seen.set(frame, frame.src);
      watch(frame);
    });
  };
  new win.MutationObserver(scan).observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
  scan();
}

function showNote(doc: Document, frame: HTMLIFrameElement): void {
  const texts = (doc.defaultView?.localStorage.getItem('strapi-admin-language') ?? 'sv') === 'en' ? TEXTS.en : TEXTS.sv;
  const note = doc.createElement('div');
  note.id = NOTE_ID;
  note.setAttribute('role', 'alert');
  note.style.cssText = 'margin:16px;padding:16px;border-left:6px solid #d02b20;background:#fcecea;color:#32324d;font-size:14px;line-height:1.5;max-width:48rem';
  const title = doc.createElement('p');
  title.style.fontWeight = '600';
  title.textContent = texts.title;
  const text = doc.createElement('p');
  text.textContent = texts.text(new URL(frame.src).origin, doc.location.origin);
  const link = doc.createElement('a');
  link.href = frame.src;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = texts.link;
  link.style.cssText = 'color:#4945ff;text-decoration:underline';
  note.append(title, text, link);
  frame.before(note);
}
