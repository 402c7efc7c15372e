/** The configuration every API test starts from (a test may add to it), and the template database's seed. */
export const TEST_ENV: Record<string, string> = {
  LOG_LEVEL: 'silent',
  YIMEN_DEMO: 'true',
  YIMEN_LOGIN_RATE_LIMIT: '1000',
};

/** A small synthetic population: enough for every list and search, quick to seed. */
export const TEST_DEMO_SIZE = { persons: 60, enterprises: 12 };
