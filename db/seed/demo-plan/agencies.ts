import type { SeedAgency } from "../types";

export const agencies: SeedAgency[] = [
  {
    slug: "tec",
    acronym: "TEC",
    name: "Tertiary Education Commission",
    nameMi: "Te Amorangi Mātauranga Matua",
    websiteUrl: "https://www.tec.govt.nz",
  },
  {
    slug: "moe",
    acronym: "MoE",
    name: "Ministry of Education",
    nameMi: "Te Tāhuhu o te Mātauranga",
    websiteUrl: "https://www.education.govt.nz",
  },
  {
    slug: "mbie",
    acronym: "MBIE",
    name: "Ministry of Business, Innovation and Employment",
    nameMi: "Hīkina Whakatutuki",
    websiteUrl: "https://www.mbie.govt.nz",
  },
  {
    slug: "msd",
    acronym: "MSD",
    name: "Ministry of Social Development",
    nameMi: "Te Manatū Whakahiato Ora",
    websiteUrl: "https://www.msd.govt.nz",
  },
  {
    slug: "nzqa",
    acronym: "NZQA",
    name: "New Zealand Qualifications Authority",
    nameMi: "Mana Tohu Mātauranga o Aotearoa",
    websiteUrl: "https://www.nzqa.govt.nz",
  },
  {
    slug: "tpk",
    acronym: "TPK",
    name: "Te Puni Kōkiri – Ministry of Māori Development",
    nameMi: "Te Puni Kōkiri",
    websiteUrl: "https://www.tpk.govt.nz",
  },
  {
    slug: "mpp",
    acronym: "MPP",
    name: "Ministry for Pacific Peoples",
    nameMi: "Te Manatū mō ngā Iwi o te Moana-nui-a-Kiwa",
    websiteUrl: "https://www.mpp.govt.nz",
  },
  {
    slug: "myd",
    acronym: "MYD",
    name: "Ministry of Youth Development",
    nameMi: "Te Manatū Whakahiato Taiohi",
    websiteUrl: "https://www.myd.govt.nz",
  },
  {
    slug: "ero",
    acronym: "ERO",
    name: "Education Review Office",
    nameMi: "Te Tari Arotake Mātauranga",
    websiteUrl: "https://www.ero.govt.nz",
  },
];
