import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContactConfig } from "@/lib/contact/config";

describe("contact settings from the environment", () => {
  it("has safe defaults: ./data, no email, message left out of email, proxy headers not trusted", () => {
    const config = loadContactConfig({});
    expect(config).toMatchObject({
      dataDir: path.resolve("./data"),
      email: null,
      emailDetails: "none",
      emailIncludesMessage: false,
      trustProxy: false,
      rateLimit: { max: 5, windowMs: 600_000, everyonePerHour: 60 },
      minFillMs: 3000,
      retentionDays: 180,
      databaseUrl: undefined,
    });
  });

  it("reads a full email setup", () => {
    const config = loadContactConfig({
      SMTP_URL: "smtps://user:pw@mail.example.com:465",
      CONTACT_TO: "staff@example.com",
      CONTACT_FROM: "web@example.com",
      CONTACT_EMAIL_INCLUDES_MESSAGE: "true",
      TRUST_PROXY: "true",
    });
    expect(config.email).toEqual({
      smtpUrl: "smtps://user:pw@mail.example.com:465",
      to: "staff@example.com",
      from: "web@example.com",
    });
    expect(config.emailIncludesMessage).toBe(true);
    expect(config.trustProxy).toEqual(["127.0.0.1", "0:0:0:0:0:0:0:1"]);
  });

  it("keeps the visitor's contact details in the staff email only when CONTACT_EMAIL_DETAILS=contact", () => {
    expect(loadContactConfig({ CONTACT_EMAIL_DETAILS: "contact" }).emailDetails).toBe("contact");
    expect(loadContactConfig({ CONTACT_EMAIL_DETAILS: "none" }).emailDetails).toBe("none");
    expect(() => loadContactConfig({ CONTACT_EMAIL_DETAILS: "all" })).toThrow(
      /CONTACT_EMAIL_DETAILS must be none \(the email only links to the inbox\) or contact/,
    );
  });

  it("names every wrong or missing setting at once, with what to set", () => {
    const attempt = () =>
      loadContactConfig({
        SMTP_URL: "http://mail.example.com",
        RATE_LIMIT_MAX: "lots",
        TRUST_PROXY: "yes",
        CONTACT_TO: "staff",
      });
    expect(attempt).toThrow(/SMTP_URL must look like smtp:\/\/user:password@mail.example.com:587/);
    expect(attempt).toThrow(/RATE_LIMIT_MAX must be a whole number/);
    expect(attempt).toThrow(/TRUST_PROXY must be true or false/);
    expect(attempt).toThrow(/CONTACT_TO must be the staff email address/);
  });

  it("asks for both addresses when only SMTP_URL is set", () => {
    const attempt = () => loadContactConfig({ SMTP_URL: "smtp://mail.example.com:587" });
    expect(attempt).toThrow(/CONTACT_TO is missing: set it to the staff address/);
    expect(attempt).toThrow(/CONTACT_FROM is missing: set it to the address notifications come from/);
  });

  it("stores in PostgreSQL with DATABASE_URL, and then asks for the key every instance must share", () => {
    const url = "postgres://kap:secret@db.internal:5432/kap";
    expect(() => loadContactConfig({ DATABASE_URL: url })).toThrow(
      /DATABASE_URL is set but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is missing: generate one key \(openssl rand -base64 32\), set the same value on every instance/,
    );
    expect(loadContactConfig({ DATABASE_URL: url, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "a2V5" }).databaseUrl).toBe(url);
    expect(() =>
      loadContactConfig({ DATABASE_URL: "mysql://db/kap", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "a2V5" }),
    ).toThrow(/DATABASE_URL must look like postgres:\/\/user:password@db.example.com:5432\/kap/);
  });
});

describe("which proxies are believed", () => {
  it("with TRUST_PROXY=true believes a proxy on this machine (loopback) unless TRUSTED_PROXIES names others", () => {
    expect(loadContactConfig({ TRUST_PROXY: "true" }).trustProxy).toEqual(["127.0.0.1", "0:0:0:0:0:0:0:1"]);
    expect(loadContactConfig({ TRUST_PROXY: "true", TRUSTED_PROXIES: " 10.0.0.5, fd00::5 " }).trustProxy).toEqual([
      "10.0.0.5",
      "fd00:0:0:0:0:0:0:5",
    ]);
  });

  it("names TRUSTED_PROXIES and says what to write when it holds something other than addresses", () => {
    expect(() => loadContactConfig({ TRUST_PROXY: "true", TRUSTED_PROXIES: "caddy.internal, 10.0.0.5" })).toThrow(
      /TRUSTED_PROXIES must be the addresses our proxy connects from, separated by commas, like TRUSTED_PROXIES=127\.0\.0\.1,::1 .*\(not an address: caddy\.internal\)/,
    );
    expect(() => loadContactConfig({ TRUSTED_PROXIES: "10.0.0.5" })).toThrow(
      /TRUSTED_PROXIES is set but TRUST_PROXY is not true: set TRUST_PROXY=true/,
    );
  });
});
