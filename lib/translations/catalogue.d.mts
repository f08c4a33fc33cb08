export type MessageValue = string | { [key: string]: MessageValue };
export type TranslationStatus = "missing" | "repeats the English" | "translated";

export function leaves(value: unknown, prefix?: string, out?: Map<string, string>): Map<string, string>;
export const NEUTRAL: RegExp;
export function isLeft(english: string, maori: string | undefined): boolean;
export function translationStatus(english: string, maori: string | undefined): TranslationStatus;
