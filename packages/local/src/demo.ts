import { PutCommand } from "@aws-sdk/lib-dynamodb";
import * as Actor from "@rinnalla/core/actor/index.ts";
import { Coordinator } from "@rinnalla/core/coordinator/index.ts";
import { db, tableName } from "@rinnalla/core/db/client.ts";
import { Request, RequestManagement } from "@rinnalla/core/request/index.ts";
import { addDays, helsinkiDate } from "@rinnalla/core/util/time.ts";

export const DEMO_ADMIN = "koordinaattori@rinnalla.local";

interface DemoRequest {
  client: string;
  languages: string[];
  sector: string;
  description: string;
  place: string;
  municipality: string;
  inDays: number;
  time: string;
  locale?: "fi" | "sv" | "en";
  role?: "client" | "professional" | "relative";
  afterwards?: "assess" | "cancel" | "no_volunteer";
}

const requests: DemoRequest[] = [
  {
    client: "Aino Virtanen",
    languages: ["fi"],
    sector: "disability",
    description: "Palvelusuunnitelman tarkistus",
    place: "Sosiaali- ja terveystoimi, Toinen linja 4",
    municipality: "Helsinki",
    inDays: 1,
    time: "09:30",
  },
  {
    client: "Omar Hassan",
    languages: ["so", "en"],
    sector: "immigration",
    description: "Oleskelulupahaastattelu",
    place: "Migri, Malmi",
    municipality: "Helsinki",
    inDays: 2,
    time: "13:00",
    role: "professional",
    locale: "en",
  },
  {
    client: "Saga Lindqvist",
    languages: ["sv"],
    sector: "healthcare",
    description: "Läkarbesök",
    place: "Hälsostation, Kyrkslätt",
    municipality: "Kirkkonummi",
    inDays: 5,
    time: "10:15",
    locale: "sv",
  },
  {
    client: "Olena Kovalenko",
    languages: ["uk", "ru"],
    sector: "employment",
    description: "Työnhakijan haastattelu",
    place: "TE-palvelut, Espoo",
    municipality: "Espoo",
    inDays: 8,
    time: "11:00",
    afterwards: "assess",
  },
  {
    client: "Pertti Mäkinen",
    languages: ["fi"],
    sector: "housing_debt",
    description: "Velkaneuvonnan tapaaminen",
    place: "Talous- ja velkaneuvonta, Vantaa",
    municipality: "Vantaa",
    inDays: 12,
    time: "14:00",
    role: "relative",
  },
  {
    client: "Fatima Al-Sayed",
    languages: ["ar"],
    sector: "child_protection",
    description: "Asiakassuunnitelmapalaveri",
    place: "Lastensuojelu, Tikkurila",
    municipality: "Vantaa",
    inDays: 3,
    time: "08:30",
    role: "professional",
    afterwards: "assess",
  },
  {
    client: "Eino Laine",
    languages: ["fi"],
    sector: "online_services",
    description: "Kelan hakemus verkossa",
    place: "Kirjasto Oodi",
    municipality: "Helsinki",
    inDays: 15,
    time: "12:00",
    afterwards: "cancel",
  },
  {
    client: "Marja Koskinen",
    languages: ["fse"],
    sector: "legal_tax",
    description: "Verotoimiston asiointi",
    place: "Verotoimisto, Pasila",
    municipality: "Helsinki",
    inDays: 20,
    time: "10:00",
    afterwards: "no_volunteer",
  },
];

/**
 * Demo data for `npm run dev`: a demo admin and requests in several states. Only on a table with
 * no coordinators yet, so it never mixes with real data, and only once.
 */
export async function seedDemo(log: (line: string) => void): Promise<void> {
  if ((await Coordinator.list()).length > 0) return;
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: { pk: "demo", sk: "seeded", at: new Date().toISOString() },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
  } catch {
    return; // Seeded before; the coordinators were removed on purpose.
  }
  const admin = await Coordinator.add({
    email: DEMO_ADMIN,
    name: "Demo Koordinaattori",
    role: "admin",
  });
  await Coordinator.add({
    email: "ville@rinnalla.local",
    name: "Ville Vapaa",
    role: "coordinator",
  });
  const actor = {
    type: "coordinator" as const,
    coordinatorId: admin.id,
    email: admin.email,
    name: admin.name,
    role: admin.role,
    sessionId: "demo",
  };
  const today = helsinkiDate(new Date());
  let n = 0;
  for (const demo of requests) {
    n += 1;
    const onBehalf = demo.role && demo.role !== "client";
    const result = await Request.submit(
      {
        locale: demo.locale ?? "fi",
        requesterRole: demo.role ?? "client",
        requester: onBehalf
          ? {
              name: "Demo Pyytäjä",
              organisation: "Sosiaalitoimi",
              email: `pyytaja${n}@example.org`,
            }
          : undefined,
        client: {
          name: demo.client,
          email: onBehalf ? undefined : `asiakas${n}@example.org`,
          phone: "040 123 4567",
          languages: demo.languages,
        },
        preferredContact: onBehalf ? "email" : "phone",
        sector: demo.sector,
        description: demo.description,
        place: demo.place,
        municipality: demo.municipality,
        date: addDays(today, demo.inDays),
        startTime: demo.time,
        durationMinutes: 60,
        consent: true,
      },
      { clientAddress: `demo-${n}` },
    );
    if (result.kind !== "received" || !demo.afterwards) continue;
    await Actor.provide(actor, async () => {
      const input = { id: result.id, version: 1, reason: "Demo" };
      if (demo.afterwards === "assess") await RequestManagement.assess(input);
      if (demo.afterwards === "cancel") await RequestManagement.cancel(input);
      if (demo.afterwards === "no_volunteer") await RequestManagement.closeNoVolunteer(input);
    });
  }
  log(`Demo data added: 2 coordinators and ${requests.length} requests.`);
}
