export declare const basePath: string;
export declare const siteUrl: string;
export declare const reportUrl: string;
