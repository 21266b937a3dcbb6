export * from './acute-help';
export * from './blocks';
export * from './slug';
export * from './event-submission';
export * from './stockholm-time';
export * from './secrets';
export * from './accessibility-report';
