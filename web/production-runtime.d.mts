export declare const WEB_NODE_OPTIONS: string;
export declare const WEB_RUNTIME_ENV: Readonly<Record<string, string>>;
export declare const WEB_V8_FLAGS: readonly string[];
