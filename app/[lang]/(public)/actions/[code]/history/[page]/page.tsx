/** An action's page showing another page of its history: `/actions/1.4?history=2` (see proxy.ts). */
export { default, generateMetadata, generateStaticParams } from "../../page";
