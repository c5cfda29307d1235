import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../../packages/core/src/db/client.ts";
import { keys } from "../../packages/core/src/request/request.ts";
import { helsinkiToUtc } from "../../packages/core/src/util/time.ts";
import * as Visit from "../../packages/core/src/visit/visit.ts";
import { call, submitRequest } from "./harness.ts";
import { activeVolunteer } from "./volunteers.ts";

/**
 * A request from the public form, confirmed by phone for a new active volunteer: the quickest
 * way to a planned visit. Returns the request, the volunteer and the visit's start.
 */
export async function confirmedVisit(
  cookie: string,
  overrides: Record<string, unknown> = {},
  volunteerName?: string,
) {
  const { id, reference, email } = await submitRequest(cookie, overrides);
  const volunteer = await activeVolunteer(cookie, {}, volunteerName ? { name: volunteerName } : {});
  const { request } = await (await call("GET", `/api/requests/${id}`, { cookie })).json();
  const assigned = await call("POST", `/api/requests/${id}/assign`, {
    cookie,
    body: { version: request.version, volunteerId: volunteer.id },
  });
  if (assigned.status !== 200) {
    throw new Error(`assign: ${assigned.status} ${await assigned.text()}`);
  }
  return { id, reference, volunteer, clientEmail: email, startsAt: request.startsAt as string };
}

/**
 * Test-only: moves a confirmed visit to another time by rewriting its items in the local
 * DynamoDB. The public form accepts only future dates, and the report is asked for only after
 * a visit's planned end, so an end-to-end test on the real clock has no other way to a visit
 * that is over. Rewritten are the request item (its date, time, start and the status index's
 * sort key), the visit item in the request's partition (its start, end and the month index
 * `visits#<YYYY-MM>`) and the volunteer's own copy (its sort key holds the start).
 */
export async function moveVisit(requestId: string, date: string, startTime: string) {
  const client = db();
  const TableName = tableName();
  const { Item: request } = await client.send(
    new GetCommand({ TableName, Key: keys.request(requestId), ConsistentRead: true }),
  );
  const { Item: visit } = await client.send(
    new GetCommand({ TableName, Key: Visit.key(requestId), ConsistentRead: true }),
  );
  if (!request || !visit) throw new Error(`no confirmed visit for ${requestId}`);
  const startsAt = helsinkiToUtc(date, startTime).toISOString();
  const endsAt = new Date(
    Date.parse(startsAt) + (request.durationMinutes as number) * 60_000,
  ).toISOString();

  await client.send(
    new UpdateCommand({
      TableName,
      Key: keys.request(requestId),
      UpdateExpression: "SET #date = :date, startTime = :time, startsAt = :at, gsi1sk = :sort",
      ExpressionAttributeNames: { "#date": "date" },
      ExpressionAttributeValues: {
        ":date": date,
        ":time": startTime,
        ":at": startsAt,
        ":sort": `${startsAt}#${requestId}`,
      },
    }),
  );
  await client.send(
    new UpdateCommand({
      TableName,
      Key: Visit.key(requestId),
      UpdateExpression: "SET startsAt = :at, endsAt = :end, gsi1pk = :month, gsi1sk = :sort",
      ExpressionAttributeValues: {
        ":at": startsAt,
        ":end": endsAt,
        ":month": `visits#${Visit.month(startsAt)}`,
        ":sort": `${startsAt}#${requestId}`,
      },
    }),
  );
  const volunteerId = visit.volunteerId as string;
  const oldLog = Visit.logKey({ volunteerId, startsAt: visit.startsAt as string, requestId });
  const { Item: log } = await client.send(
    new GetCommand({ TableName, Key: oldLog, ConsistentRead: true }),
  );
  if (log) {
    await client.send(new DeleteCommand({ TableName, Key: oldLog }));
    await client.send(
      new PutCommand({
        TableName,
        Item: { ...log, ...Visit.logKey({ volunteerId, startsAt, requestId }), startsAt },
      }),
    );
  }
  return { startsAt, endsAt };
}
