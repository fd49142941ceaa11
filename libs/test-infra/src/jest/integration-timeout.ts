// Integration and end-to-end tests wait on real brokers and databases: Jest's 5 s default is for units.
jest.setTimeout(Number(process.env.TEST_TIMEOUT_MS ?? 120_000));
