import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "@rinnalla/core/db";
import { Request } from "@rinnalla/core/request";
import { helsinkiToUtc } from "@rinnalla/core/util";
import { Visit } from "@rinnalla/core/visit";

/**
 * Demo data and tests only: moves a confirmed visit to another time by rewriting its items in
 * the local DynamoDB. The public form accepts only future dates, and the report is asked for
 * only after a visit's planned end, so on the real clock there is no other way to a visit that
 * is over. Rewritten are the request item (its date, time, start and the status index's
 * sort key), the visit item in the request's partition (its start, end and the month index
 * `visits#<YYYY-MM>`) and the volunteer's own copy (its sort key holds the start).
 */
export async function moveVisit(requestId: string, date: string, startTime: string) {
  const client = db();
  const TableName = tableName();
  const { Item: request } = await client.send(
    new GetCommand({ TableName, Key: Request.keys.request(requestId), ConsistentRead: true }),
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
      Key: Request.keys.request(requestId),
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
