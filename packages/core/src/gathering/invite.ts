import { config } from "../config/index.ts";
import { when } from "../db/expr.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { Reach, shortWhen } from "../reach/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { Volunteer } from "../volunteer/index.ts";
import * as Letters from "./letters.ts";
import { answersOpen, newLink } from "./rsvp.ts";
import { type Gathering, type Guest, Guests, gatheringPartition } from "./store.ts";

/**
 * Inviting everyone to a published gathering: every active and paused volunteer, and the groups
 * the coordinator ticked, each in their own language with a calendar file and answer links. The
 * bank's status index gives who (Queries, no Scan); those already invited are left out, so a
 * second run invites nobody. Writes go in transactions of `PER_TRANSACTION` volunteers (guest,
 * link, email: three items each), each guest written only if it is not there yet, so two runs
 * at once cannot invite anyone twice: a batch that meets an invited guest is done one by one.
 */

export const PER_TRANSACTION = 33;

interface Run {
  invited: number;
  already: number;
}

function invitationItems(g: Gathering, v: Volunteer.Volunteer, now: Date) {
  const link = newLink(g.id, v.id);
  const items: TransactItem[] = [
    Guests.put(
      {
        gatheringId: g.id,
        volunteerId: v.id,
        name: v.name,
        answer: "invited",
        invitedAt: now.toISOString(),
      },
      when.notExists("pk"),
    ),
    link.item,
  ];
  // By the volunteer's channel; the text's short link opens the same answer page.
  const mails = Reach.forVolunteer(
    `volunteer#${v.id}`,
    "gathering-invitation",
    v,
    {
      letter: Letters.invitation(v.locale, v.name, g, {
        base: config().SITE_URL,
        token: link.token,
      }),
      attachments: Letters.calendarFile(v.locale, g, now),
      text: { when: g.date && g.startTime ? shortWhen(v.locale, g.date, g.startTime) : "" },
      link: {
        url: link.url,
        validUntil: new Date(
          g.startsAt ? Date.parse(g.startsAt) + 86_400_000 : now.getTime() + 90 * 86_400_000,
        ),
      },
    },
    now,
  );
  return { items, mails, writes: items.length + Outbox.writesOf(mails).length };
}

/** Invitations in groups whose writes fit one transaction (texts add a text and its link). */
function batches(made: ReturnType<typeof invitationItems>[]) {
  const groups: ReturnType<typeof invitationItems>[][] = [];
  let writes = Number.POSITIVE_INFINITY;
  for (const m of made) {
    if (writes + m.writes > PER_TRANSACTION * 3) {
      groups.push([]);
      writes = 0;
    }
    groups.at(-1)?.push(m);
    writes += m.writes;
  }
  return groups;
}

async function commitBatch(made: ReturnType<typeof invitationItems>[]): Promise<number> {
  try {
    await Outbox.commit(
      made.flatMap((m) => m.items),
      made.flatMap((m) => m.mails),
    );
    return made.length;
  } catch (error) {
    if (!(error instanceof ConditionsFailed)) throw error;
  }
  // Another run invited some of them meanwhile: the rest one by one.
  let invited = 0;
  for (const m of made) {
    try {
      await transact([...m.items, ...Outbox.writesOf(m.mails)]);
      Outbox.dispatch(m.mails.map((mail) => mail.key));
      invited++;
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
    }
  }
  return invited;
}

/** Tells those who were coming (or waiting) that the gathering is off, in batches of emails. */
export async function tellCancelled(g: Gathering, guests: Guest[], now: Date): Promise<number> {
  const people = [
    ...(await Volunteer.Volunteers.getMany(guests.map((x) => x.volunteerId))).values(),
  ];
  for (let i = 0; i < people.length; i += PER_TRANSACTION * 3) {
    const mails = people
      .slice(i, i + PER_TRANSACTION * 3)
      .map((v) =>
        Outbox.entry(
          `volunteer#${v.id}`,
          "gathering-cancelled",
          addressed(v.email, Letters.cancelled(v.locale, v.name, g)),
          now,
        ),
      );
    await Outbox.commit([], mails);
  }
  return people.length;
}

/** Who is to be invited: active and paused volunteers, and the ticked groups. */
async function invitees(g: Gathering) {
  const statuses = ["active", "paused", ...g.alsoInvite] as const;
  const cards = (await Promise.all(statuses.map((s) => Volunteer.cards(s)))).flat();
  return cards.map((c) => c.id);
}

/** Invites whoever of them has not been invited to this gathering yet. */
export async function inviteAll(gatheringId: string, now: Date = new Date()): Promise<Run> {
  const { gathering, guests } = await gatheringPartition(gatheringId);
  if (!gathering || !answersOpen(gathering, now)) return { invited: 0, already: 0 };
  const invited = new Set(guests.map((g) => g.volunteerId));
  const ids = (await invitees(gathering)).filter((id) => !invited.has(id));
  const people = [...(await Volunteer.Volunteers.getMany(ids)).values()];
  let count = 0;
  for (let i = 0; i < people.length; i += PER_TRANSACTION) {
    const made = people
      .slice(i, i + PER_TRANSACTION)
      .map((v) => invitationItems(gathering, v, now));
    for (const batch of batches(made)) count += await commitBatch(batch);
  }
  return { invited: count, already: invited.size };
}
