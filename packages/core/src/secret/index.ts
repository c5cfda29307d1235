import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { config } from "../config/index.ts";

/**
 * Secrets kept at rest (a coordinator's authenticator secret) are sealed: in AWS by KMS, so a
 * copy of the table (a backup, an export) holds nothing usable; on the local stack and in tests
 * by AES-256-GCM with a local key. `context` binds a sealed value to what it belongs to (a
 * coordinator's id): moved onto another record it does not open.
 */

const KMS_PREFIX = "kms:";
const LOCAL_PREFIX = "aes:";

export async function seal(plain: string, context: string): Promise<string> {
  const { SECRETS_KMS_KEY_ID } = config();
  if (SECRETS_KMS_KEY_ID) {
    const { kms, EncryptCommand } = await kmsClient();
    const { CiphertextBlob } = await kms.send(
      new EncryptCommand({
        KeyId: SECRETS_KMS_KEY_ID,
        Plaintext: Buffer.from(plain, "utf8"),
        EncryptionContext: { owner: context },
      }),
    );
    return KMS_PREFIX + Buffer.from(CiphertextBlob ?? []).toString("base64");
  }
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", localKey(), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return LOCAL_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export async function open(sealed: string, context: string): Promise<string> {
  if (sealed.startsWith(KMS_PREFIX)) {
    const { kms, DecryptCommand } = await kmsClient();
    const { Plaintext } = await kms.send(
      new DecryptCommand({
        CiphertextBlob: Buffer.from(sealed.slice(KMS_PREFIX.length), "base64"),
        EncryptionContext: { owner: context },
      }),
    );
    return Buffer.from(Plaintext ?? []).toString("utf8");
  }
  if (!sealed.startsWith(LOCAL_PREFIX)) throw new Error("not a sealed secret");
  const raw = Buffer.from(sealed.slice(LOCAL_PREFIX.length), "base64");
  const decipher = createDecipheriv("aes-256-gcm", localKey(), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

let processKey: Buffer | undefined;

function localKey(): Buffer {
  const { LOCAL_SECRET_KEY, STAGE } = config();
  if (LOCAL_SECRET_KEY) return Buffer.from(LOCAL_SECRET_KEY, "base64");
  // A deployment must never fall back to a key that lives only in one process's memory.
  if (STAGE !== "local") throw new Error("SECRETS_KMS_KEY_ID or LOCAL_SECRET_KEY must be set");
  processKey ??= randomBytes(32);
  return processKey;
}

let client: import("@aws-sdk/client-kms").KMSClient | undefined;

/** Loaded on first use: most API calls never touch a sealed secret. */
async function kmsClient() {
  const { KMSClient, EncryptCommand, DecryptCommand } = await import("@aws-sdk/client-kms");
  client ??= new KMSClient({ region: config().AWS_REGION });
  return { kms: client, EncryptCommand, DecryptCommand };
}
