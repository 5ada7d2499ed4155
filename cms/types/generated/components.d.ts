import type { Schema, Struct } from '@strapi/strapi';

export interface PolicyStatusChange extends Struct.ComponentSchema {
  collectionName: 'components_policy_status_change';
  info: {
    description: 'A dated step in the life of a policy paper';
    displayName: 'Status change';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    note: Schema.Attribute.Text;
    status: Schema.Attribute.Enumeration<
      ['draft', 'submitted', 'response_received', 'adopted', 'rejected']
    > &
      Schema.Attribute.Required;
  };
}

export interface SharedContactDetails extends Struct.ComponentSchema {
  collectionName: 'components_shared_contact_details';
  info: {
    description: 'How to reach an organisation';
    displayName: 'Contact details';
  };
  attributes: {
    address: Schema.Attribute.String;
    email: Schema.Attribute.Email;
    phone: Schema.Attribute.String;
    website: Schema.Attribute.String;
  };
}

export interface SharedGeoPoint extends Struct.ComponentSchema {
  collectionName: 'components_shared_geo_point';
  info: {
    description: 'Latitude and longitude (WGS 84), for the map';
    displayName: 'Geo point';
  };
  attributes: {
    latitude: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 90;
          min: -90;
        },
        number
      >;
    longitude: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 180;
          min: -180;
        },
        number
      >;
  };
}

export interface SharedPartnerLogo extends Struct.ComponentSchema {
  collectionName: 'components_shared_partner_logo';
  info: {
    description: 'A partner shown in the footer';
    displayName: 'Partner';
  };
  attributes: {
    logo: Schema.Attribute.Media<'images'>;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    url: Schema.Attribute.String;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seo';
  info: {
    description: 'Title and description for search engines and link previews';
    displayName: 'SEO';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 320;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

export interface SharedSocialLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_social_link';
  info: {
    description: 'A page of the organisation on a social network or another site';
    displayName: 'Social link';
  };
  attributes: {
    network: Schema.Attribute.Enumeration<
      ['vk', 'telegram', 'youtube', 'website', 'other']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'website'>;
    url: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'policy.status-change': PolicyStatusChange;
      'shared.contact-details': SharedContactDetails;
      'shared.geo-point': SharedGeoPoint;
      'shared.partner-logo': SharedPartnerLogo;
      'shared.seo': SharedSeo;
      'shared.social-link': SharedSocialLink;
    }
  }
}
