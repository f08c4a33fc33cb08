import type { SeedWorkstream } from "../types";

/** There are 8 workstreams (confirmed); their names, mapping and leads here are illustrative. */
export const workstreams: SeedWorkstream[] = [
  {
    number: 1,
    title: "Careers system leadership, monitoring and quality",
    description:
      "Sets up shared leadership of the careers system, the agencies' monitoring framework and the criteria for quality careers support that later work builds on.",
    leadAgency: "tec",
    recommendations: [1, 2, 5],
    provenance: "illustrative",
  },
  {
    number: 2,
    title: "Careers information and Tahatū",
    description:
      "Shapes Tahatū Career Navigator into the trusted home for careers information and retires the older careers.govt.nz site once it is no longer needed.",
    leadAgency: "tec",
    recommendations: [4],
    provenance: "illustrative",
  },
  {
    number: 3,
    title: "Careers support in secondary schools",
    description:
      "Designs and puts in place better careers support for secondary students, including in kura and Māori-medium settings.",
    leadAgency: "moe",
    recommendations: [6],
    provenance: "illustrative",
  },
  {
    number: 4,
    title: "Frontline careers workforce capability",
    description:
      "Builds the skills of the people who give careers support, through learning modules, a shared competency framework and a recognised credential.",
    leadAgency: "tec",
    recommendations: [7, 5],
    provenance: "illustrative",
  },
  {
    number: 5,
    title: "Employer and industry connections",
    description:
      "Links employers and industry with schools and job seekers, and brings regional labour market insight into careers information.",
    leadAgency: "mbie",
    recommendations: [3],
    provenance: "illustrative",
  },
  {
    number: 6,
    title: "Lifelong careers support and transitions",
    description:
      "Extends careers guidance to adults and to young people who are not in employment, education or training, through MSD services and youth providers.",
    leadAgency: "msd",
    recommendations: [8, 11],
    provenance: "illustrative",
  },
  {
    number: 7,
    title: "Careers support by and for Māori",
    description:
      "Works with iwi, hapū and kaupapa Māori providers so that careers support is led by Māori and works for rangatahi and their whānau.",
    leadAgency: "tpk",
    recommendations: [9],
    provenance: "illustrative",
  },
  {
    number: 8,
    title: "Equitable access for Pacific peoples, disabled people and refugee-background people",
    description:
      "Removes barriers to careers support for Pacific peoples, disabled people and people from refugee backgrounds, working with their communities.",
    leadAgency: "mpp",
    recommendations: [10],
    provenance: "illustrative",
  },
];
