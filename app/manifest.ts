import type { MetadataRoute } from "next";

/** Lets a phone add the site to its home screen with its name and icons. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Mahere: National Careers System Strategy Action Plan progress",
    short_name: "Mahere",
    description: "Progress on the actions of the National Careers System Strategy Action Plan.",
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0b4f6c",
    lang: "en-NZ",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png" },
    ],
  };
}
