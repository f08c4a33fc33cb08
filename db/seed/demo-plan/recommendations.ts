import type { SeedRecommendation } from "../types";

/**
 * The Strategy has 11 recommendations (confirmed), but their titles and focus areas are not
 * publicly available to us, so these are illustrative, built on the Strategy's confirmed themes.
 */
export const recommendations: SeedRecommendation[] = [
  {
    number: 1,
    focusArea: 1,
    title: "Lead the careers system together across government",
    description:
      "Agencies with a part in careers agree how they make decisions together, with TEC as kaitiaki of the Strategy coordinating a cross-agency group that sets shared priorities.",
    provenance: "illustrative",
  },
  {
    number: 2,
    focusArea: 1,
    title: "Measure and report how well the careers system is working",
    description:
      "A common monitoring framework with baselines, targets and regular public reporting, showing results for different population groups wherever the data allow.",
    provenance: "illustrative",
  },
  {
    number: 3,
    focusArea: 1,
    title: "Connect employers and industry with people making career decisions",
    description:
      "Employers, industry bodies and regional networks give learners real contact with work through work experience, workplace visits and up-to-date information on the skills in demand.",
    provenance: "illustrative",
  },
  {
    number: 4,
    focusArea: 1,
    title: "Provide trusted, joined-up careers information in one place",
    description:
      "Tahatū Career Navigator becomes the main government careers information service, drawing on labour market, qualifications and study data held across agencies.",
    provenance: "illustrative",
  },
  {
    number: 5,
    focusArea: 2,
    title: "Set and use a shared standard for quality careers support",
    description:
      "Agreed criteria for quality careers education, information, advice and guidance are used to plan, review and improve support in schools, tertiary education, employment services and the community.",
    provenance: "illustrative",
  },
  {
    number: 6,
    focusArea: 2,
    title: "Make careers support in secondary schools more effective",
    description:
      "Clear expectations, resourcing options and practical tools so that every secondary student, together with their whānau, gets careers education and guidance at the right time.",
    provenance: "illustrative",
  },
  {
    number: 7,
    focusArea: 2,
    title: "Grow the capability of the frontline careers workforce",
    description:
      "Learning opportunities, a shared competency framework and recognised pathways for careers advisers, employment case managers, transition staff and community practitioners.",
    provenance: "illustrative",
  },
  {
    number: 8,
    focusArea: 2,
    title: "Offer careers support throughout working life",
    description:
      "Adults who are changing jobs, returning to work or facing redundancy can get careers guidance when they need it, not only while they are at school.",
    provenance: "illustrative",
  },
  {
    number: 9,
    focusArea: 3,
    title: "Make careers support work for Māori and their whānau",
    description:
      "Careers support designed and delivered with Māori, including kaupapa Māori providers, and careers information that reflects te ao Māori and is available in te reo Māori.",
    provenance: "illustrative",
  },
  {
    number: 10,
    focusArea: 3,
    title: "Remove barriers for Pacific peoples, disabled people and refugee-background people",
    description:
      "Careers support shaped with these communities, offered in accessible formats and languages, with pathways that recognise the skills and qualifications people already have.",
    provenance: "illustrative",
  },
  {
    number: 11,
    focusArea: 3,
    title: "Reconnect young people not in employment, education or training with a pathway",
    description:
      "Youth services, Work and Income and education providers work together so that young people who are not in employment, education or training get guidance and a clear next step.",
    provenance: "illustrative",
  },
];
