/**
 * The demo article's claims and the review states they are seeded in: a mix
 * of every status, nested and overlapping spans, and two reviewers who
 * disagree. Quotes are exact text from the sample article; the seed finds
 * their offsets. DEMO DATA: the sources are illustrative.
 */
export type DemoUserKey = "admin" | "editor" | "reviewer" | "reviewer2" | "viewer";

export interface DemoSource {
  url: string;
  title: string;
  publisher: string;
  excerpt?: string;
  archiveUrl?: string;
}

export interface DemoVerdict {
  author: DemoUserKey;
  rating: string;
  summary: string;
  rationale: string;
  sources: DemoSource[];
  submitted: boolean;
  reviews?: Array<{ reviewer: DemoUserKey; decision: "approve" | "request_changes"; comment?: string }>;
}

export interface DemoClaim {
  quote: string;
  statement: string;
  claimant: string;
  type: "statistic" | "quotation" | "causal" | "prediction" | "other";
  dismissedReason?: string;
  verdicts?: DemoVerdict[];
}

const kcna: DemoSource = {
  url: "https://kcnawatch.org/newstream/",
  title: "Central Military Commission statement on the Kursk operation",
  publisher: "KCNA Watch",
  excerpt: "units of the Korean People's Army ... participated in the operation to liberate the Kursk Region",
};
const tass: DemoSource = {
  url: "https://tass.com/politics",
  title: "Putin thanks North Korean soldiers for help in liberating Kursk Region",
  publisher: "TASS",
};
const treaty: DemoSource = {
  url: "http://en.kremlin.ru/supplement/6158",
  title: "Treaty on Comprehensive Strategic Partnership between Russia and the DPRK",
  publisher: "President of Russia",
  excerpt: "Signed in Pyongyang on June 19, 2024",
  archiveUrl: "https://web.archive.org/web/2024/http://en.kremlin.ru/supplement/6158",
};
const mndKorea: DemoSource = {
  url: "https://www.mnd.go.kr/mbshome/mbs/mndEN/",
  title: "Ministry of National Defense briefing on North Korean troop dispatch",
  publisher: "Republic of Korea Ministry of National Defense",
};
const isw: DemoSource = {
  url: "https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-april-27-2025",
  title: "Russian Offensive Campaign Assessment, April 27, 2025",
  publisher: "Institute for the Study of War",
};

export const demoClaims: readonly DemoClaim[] = [
  {
    quote: "its troops were fighting in the ranks of the Russian Army in its war against Ukraine",
    statement:
      "North Korean troops are fighting in the ranks of the Russian Army in its war against Ukraine.",
    claimant: "North Korea's Central Military Commission",
    type: "other",
    verdicts: [
      {
        author: "reviewer",
        rating: "true",
        summary: "North Korea, Russia, Ukraine, the US and South Korea now all confirm the deployment.",
        rationale:
          "The **Central Military Commission** statement carried by KCNA confirms it, and the Kremlin thanked the units the same day. Ukrainian, US and South Korean intelligence had reported the deployment since October 2024.",
        sources: [kcna, tass],
        submitted: true,
        reviews: [{ reviewer: "reviewer2", decision: "approve" }],
      },
    ],
  },
  {
    quote: "a mutual defense pact signed by Pyongyang and Moscow in June",
    statement: "Pyongyang and Moscow signed a mutual defence pact in June 2024.",
    claimant: "UPI",
    type: "other",
    verdicts: [
      {
        author: "reviewer2",
        rating: "true",
        summary: "The Treaty on Comprehensive Strategic Partnership was signed in Pyongyang on 19 June 2024.",
        rationale:
          "Article 4 of the treaty commits each side to military assistance if the other is attacked.",
        sources: [treaty],
        submitted: true,
        reviews: [{ reviewer: "reviewer", decision: "approve" }],
      },
    ],
  },
  {
    quote:
      "the North Korean contingent had aided the recapture of Kursk province from Ukrainian forces at the weekend, eight months after parts of the region were occupied following a counteroffensive by Kyiv",
    statement: "North Korean troops helped Russia recapture Kursk province from Ukrainian forces.",
    claimant: "North Korea's Central Military Commission",
    type: "causal",
    verdicts: [
      {
        author: "reviewer",
        rating: "mostly-true",
        summary:
          "North Korean units fought in Kursk, though Ukraine disputes that the province is fully retaken.",
        rationale: "Independent analysts confirm North Korean units took part in the Kursk fighting.",
        sources: [isw],
        submitted: true,
      },
      {
        author: "reviewer2",
        rating: "misleading",
        summary:
          "Calling Kursk recaptured overstates it: Ukraine says fighting continues in parts of the province.",
        rationale:
          "Ukraine's General Staff denied the withdrawal, and fighting was reported near the border.",
        sources: [isw],
        submitted: true,
      },
    ],
  },
  {
    quote: "eight months after parts of the region were occupied",
    statement: "Ukrainian forces occupied parts of Kursk region about eight months earlier.",
    claimant: "UPI",
    type: "statistic",
    verdicts: [
      {
        author: "reviewer2",
        rating: "mostly-true",
        summary: "Ukraine's incursion began on 6 August 2024, closer to nine months before.",
        rationale: "Roughly right; the incursion began on 6 August 2024.",
        sources: [isw],
        submitted: true,
      },
    ],
  },
  {
    quote:
      "the first time the secretive Marxist-Leninist state has admitted providing reinforcements for Russia's war effort, despite United States, South Korea and Ukraine saying it had sent",
    statement: "This is the first time North Korea has admitted sending troops to support Russia's war.",
    claimant: "UPI",
    type: "other",
    verdicts: [
      {
        author: "reviewer2",
        rating: "true",
        summary: "Pyongyang had previously dismissed reports of the deployment as rumours.",
        rationale: "North Korea's foreign ministry called the reports groundless in late 2024.",
        sources: [kcna],
        submitted: true,
        reviews: [{ reviewer: "admin", decision: "approve" }],
      },
    ],
  },
  {
    quote:
      "United States, South Korea and Ukraine saying it had sent up to 12,000 troops to fight in Kursk in the fall",
    statement: "North Korea sent up to 12,000 troops to fight in Kursk in autumn 2024.",
    claimant: "United States, South Korea and Ukraine",
    type: "statistic",
    verdicts: [
      {
        author: "reviewer2",
        rating: "mostly-true",
        summary: "Intelligence estimates ranged from 10,000 to 12,000 troops in the first deployment.",
        rationale: "South Korea's NIS estimated about 11,000; the Pentagon said 10,000 to 12,000.",
        sources: [mndKorea],
        submitted: true,
      },
    ],
  },
  {
    quote: "about 4,000 of the North Koreans have been killed or injured",
    statement: "About 4,000 North Korean soldiers have been killed or injured.",
    claimant: "South Korea",
    type: "statistic",
    verdicts: [
      {
        author: "reviewer",
        rating: "unproven",
        summary: "Casualty figures come from South Korean intelligence and cannot be independently verified.",
        rationale: "No independent count exists; the figure is an intelligence estimate.",
        sources: [mndKorea],
        submitted: true,
        reviews: [
          {
            reviewer: "reviewer2",
            decision: "request_changes",
            comment: "Cite the date of the NIS estimate; if it is official, 'Unproven' may be too weak.",
          },
        ],
      },
    ],
  },
  {
    quote: "have not fought a war in more than five decades",
    statement: "North Korean forces have not fought a war in more than five decades.",
    claimant: "Experts cited by UPI",
    type: "statistic",
  },
  {
    quote: "two Chinese citizens fighting in the Russian army had been taken prisoner",
    statement: "Ukraine captured two Chinese citizens fighting in the Russian army.",
    claimant: "Volodymyr Zelensky",
    type: "other",
    verdicts: [
      {
        author: "reviewer",
        rating: "true",
        summary: "Ukraine showed both men at a press conference in Kyiv.",
        rationale: "Draft: waiting for the Chinese foreign ministry's response.",
        sources: [],
        submitted: false,
      },
    ],
  },
  {
    quote: "the two Chinese fighters were detained in Donetsk Oblast in eastern Ukraine",
    statement: "The two Chinese fighters were detained in Donetsk Oblast.",
    claimant: "Volodymyr Zelensky",
    type: "other",
  },
  {
    quote:
      "Comrade Kim Jong Un defined it as a sacred mission for further consolidating as firm as a rock the traditional friendship and solidarity between the DPRK and Russia",
    statement: "Kim Jong Un called the deployment a sacred mission.",
    claimant: "North Korea's Central Military Commission",
    type: "quotation",
    dismissedReason: "Rhetoric, not a checkable statement of fact.",
  },
];
