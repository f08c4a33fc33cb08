export { uiText } from "@/i18n/ui-text";
