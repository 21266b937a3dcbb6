import type { Schema, Struct } from '@strapi/strapi';

export interface AccessibilityGap extends Struct.ComponentSchema {
  collectionName: 'components_accessibility_gaps';
  info: {
    description: 'Vad som inte \u00E4r tillg\u00E4ngligt, vilket WCAG-kriterium det g\u00E4ller och varf\u00F6r';
    displayName: 'Brist i tillg\u00E4ngligheten';
  };
  attributes: {
    content: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    criterion: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    reason: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface ContactAcuteContact extends Struct.ComponentSchema {
  collectionName: 'components_contact_acute_contacts';
  info: {
    displayName: 'Akut kontakt';
  };
  attributes: {
    chatUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    number: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    smsNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    webUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    when: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface ContactChannel extends Struct.ComponentSchema {
  collectionName: 'components_contact_channels';
  info: {
    displayName: 'Kontaktv\u00E4g';
  };
  attributes: {
    alwaysOpen: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    isFree: Schema.Attribute.Boolean;
    kind: Schema.Attribute.Enumeration<
      ['phone', 'sms', 'chat', 'email', 'web', 'visit']
    > &
      Schema.Attribute.Required;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    openingHours: Schema.Attribute.Component<'contact.opening-hours', true>;
    openingHoursNote: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    value: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface ContactOpeningHours extends Struct.ComponentSchema {
  collectionName: 'components_contact_opening_hourss';
  info: {
    displayName: '\u00D6ppettider';
  };
  attributes: {
    closes: Schema.Attribute.Time & Schema.Attribute.Required;
    day: Schema.Attribute.Enumeration<
      [
        'monday',
        'tuesday',
        'wednesday',
        'thursday',
        'friday',
        'saturday',
        'sunday',
        'weekdays',
        'weekend',
        'every_day',
      ]
    > &
      Schema.Attribute.Required;
    opens: Schema.Attribute.Time & Schema.Attribute.Required;
  };
}

export interface EventVenue extends Struct.ComponentSchema {
  collectionName: 'components_event_venues';
  info: {
    displayName: 'Plats';
  };
  attributes: {
    address: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    city: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface PlanMetadata extends Struct.ComponentSchema {
  collectionName: 'components_plan_metadatas';
  info: {
    displayName: 'Metadata';
  };
  attributes: {
    approvedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    approvedOn: Schema.Attribute.Date;
    commissionedBy: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    councilAdoptedOn: Schema.Attribute.Date;
    councilAdoptionReference: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    diarienummer: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    responsibleUnit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    revisionDueOn: Schema.Attribute.Date;
    validityPeriod: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

export interface PlanSection extends Struct.ComponentSchema {
  collectionName: 'components_plan_sections';
  info: {
    displayName: 'Avsnitt';
  };
  attributes: {
    anchor: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    body: Schema.Attribute.Blocks;
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    level: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 3;
          min: 2;
        },
        number
      > &
      Schema.Attribute.DefaultTo<2>;
  };
}

export interface SharedAudiences extends Struct.ComponentSchema {
  collectionName: 'components_shared_audiencess';
  info: {
    displayName: 'M\u00E5lgrupper';
  };
  attributes: {
    adults: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    closeOnes: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    peopleWhoBuySex: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    professionals: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    youngPeople: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
  };
}

export interface SharedReference extends Struct.ComponentSchema {
  collectionName: 'components_shared_references';
  info: {
    displayName: 'Referens';
  };
  attributes: {
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'accessibility.gap': AccessibilityGap;
      'contact.acute-contact': ContactAcuteContact;
      'contact.channel': ContactChannel;
      'contact.opening-hours': ContactOpeningHours;
      'event.venue': EventVenue;
      'plan.metadata': PlanMetadata;
      'plan.section': PlanSection;
      'shared.audiences': SharedAudiences;
      'shared.reference': SharedReference;
    }
  }
}
