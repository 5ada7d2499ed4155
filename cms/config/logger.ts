import { configs } from '@strapi/logger';

// Strapi's default console logger, at the level LOG_LEVEL names (the tests set "warn").
export default {
  ...configs.createDefaultConfiguration(),
  level: process.env.LOG_LEVEL ?? 'http',
};
