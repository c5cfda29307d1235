import {
  PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type LocalSms, type StatusEvent, startSms } from "./sms.ts";

describe("the text message stand-in", () => {
  const onStatus = vi.fn<(event: StatusEvent) => void>();
  const onReply = vi.fn<(reply: { from: string; body: string }) => void>();
  let sms: LocalSms;
  let client: PinpointSMSVoiceV2Client;

  beforeAll(async () => {
    sms = await startSms({ port: 0, onStatus, onReply, log: () => {} });
    client = new PinpointSMSVoiceV2Client({
      region: "eu-north-1",
      endpoint: sms.endpoint,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
  });
  afterAll(() => sms.stop());

  const send = (to: string, body = "Hei! https://example.org/offer#abc") =>
    client.send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: to,
        OriginationIdentity: "Rinnalla",
        MessageBody: body,
        MessageType: "TRANSACTIONAL",
        Context: { pk: "request#1", sk: `outbox#${to}` },
      }),
    );
  const post = (path: string, body: unknown) =>
    fetch(`${sms.endpoint}${path}`, { method: "POST", body: JSON.stringify(body) });
  const store = async () => (await (await fetch(`${sms.endpoint}/store`)).json()).texts;

  it("keeps a text, answers its id, and reports it delivered with its context", async () => {
    const { MessageId } = await send("+358401111111");
    expect(MessageId).toBeTruthy();
    await vi.waitFor(() =>
      expect(onStatus).toHaveBeenCalledWith({
        eventType: "TEXT_DELIVERED",
        messageStatus: "DELIVERED",
        context: { pk: "request#1", sk: "outbox#+358401111111" },
      }),
    );
    expect((await store()).find((t: { id: string }) => t.id === MessageId)).toMatchObject({
      direction: "outbound",
      to: "+358401111111",
      from: "Rinnalla",
      status: "DELIVERED",
    });
  });

  it("reports a text to a number marked unreachable UNREACHABLE", async () => {
    expect((await post("/unreachable", { number: "+358402222222" })).status).toBe(200);
    await send("+358402222222");
    await vi.waitFor(() =>
      expect(onStatus).toHaveBeenCalledWith(
        expect.objectContaining({
          messageStatus: "UNREACHABLE",
          context: { pk: "request#1", sk: "outbox#+358402222222" },
        }),
      ),
    );
  });

  it("refuses a number that is not E.164 as the service does", async () => {
    const refused = await send("040 123 4567").catch((error) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(refused.name).toBe("ValidationException");
    expect(refused.message).toMatch(/E\.164/);
  });

  it("hands a reply on, and shows it", async () => {
    await post("/reply", { from: "+358403333333", body: "STOP" });
    expect(onReply).toHaveBeenCalledWith({ from: "+358403333333", body: "STOP" });
    expect(await store()).toContainEqual(
      expect.objectContaining({ direction: "inbound", from: "+358403333333", body: "STOP" }),
    );
  });

  it("survives a callback that throws", async () => {
    onReply.mockRejectedValueOnce(new Error("boom") as never);
    expect((await post("/reply", { from: "+358404444444", body: "START" })).status).toBe(200);
    expect((await fetch(`${sms.endpoint}/store`)).status).toBe(200);
  });

  it("shows the texts in a page that escapes their words and links their links", async () => {
    await send("+358405555555", "<script>alert(1)</script> https://example.org/a?b=1&c=2");
    const page = await (await fetch(sms.viewer)).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("<main>");
    expect(page).toContain("<h1>Text messages (local)</h1>");
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain('<a href="https://example.org/a?b=1&amp;c=2">');
  });
});
