/** Public pages that confirm facts used in the demo plan (see shared/reference/ncss-facts.md). */
export const SOURCES = {
  actionPlanPage: "https://tec.govt.nz/focus/our-focus/national-careers-system-strategy/ncss-action-plan",
  actionPlanFaq: "https://www.tec.govt.nz/focus/our-focus/national-careers-system-strategy/faqs-ncss-action-plan/",
  strategyPage: "https://tec.govt.nz/focus/our-focus/national-careers-system-strategy/",
  careersQualityFramework:
    "https://skillshighway.govt.nz/focus/our-focus/national-careers-system-strategy/careers-quality-framework",
  tahatuPage: "https://www.tec.govt.nz/focus/our-focus/national-careers-system-strategy/tahatu/",
  tahatuFaqs: "https://tec.govt.nz/focus/our-focus/national-careers-system-strategy/tahatu/tahatu-faqs",
  tahatuPilotEoiFaqs:
    "https://tec.govt.nz/focus/our-focus/national-careers-system-strategy/tahatu/tahatu-pilot-eoi-faqs/",
  tahatuSite: "https://tahatu.govt.nz",
  educationGazette: "https://issuu.com/edgazette/docs/education_gazette_104.12",
} as const;
