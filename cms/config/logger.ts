import { loggerConfig } from '../src/logging/json';

// JSON log lines with request ids in production (LOG_FORMAT=json|text), see src/logging/json.ts.
export default loggerConfig(process.env);
