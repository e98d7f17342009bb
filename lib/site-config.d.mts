export declare const basePath: string;
export declare const siteUrl: string;
