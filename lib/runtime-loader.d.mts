export declare const HYDRATED_ATTRIBUTE: string;
export declare const HYDRATED_EVENT: string;
export declare const HYDRATE_ON_LOAD_ATTRIBUTE: string;
export declare function loadRuntimeOnIntent(
  sources: string[],
  names: { hydratedAttribute: string; hydratedEvent: string; onLoadAttribute: string },
): void;
