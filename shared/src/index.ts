export * from './acute-help';
export * from './blocks';
export * from './slug';
