export declare const HYDRATED_ATTRIBUTE: string;
export declare const HYDRATED_EVENT: string;
export declare const HYDRATE_ON_LOAD_ATTRIBUTE: string;
export declare const COPY_TEXT_ATTRIBUTE: string;
export declare const COPY_PAGE_HASH_ATTRIBUTE: string;
export declare const EARLY_COPY_PROPERTY: "earlyCopy";
export declare function loadRuntimeOnIntent(
  sources: string[],
  names: {
    hydratedAttribute: string;
    hydratedEvent: string;
    onLoadAttribute: string;
    copyTextAttribute: string;
    copyPageHashAttribute: string;
    earlyCopyProperty: string;
  },
): void;
