// The grammY peer of telegram-load (bench/MoocBot.Benchmarks/Telegram/TelegramLoadRun.cs, `--bot bench/grammy-peer/peer.js`).
// Configured as the shipped bot is, from Telegram__BotToken and Telegram__ApiBaseUrl. It long-polls with grammY's
// runner (concurrent handling, as MoocBot's dispatcher) and answers every message with one sendMessage in HTML: in a
// group as a reply to the message, in a private chat plainly. It does no answering work of its own (the reply only
// names what was asked), so its CPU per update is what grammY itself costs: a lower bound for a grammY MoocBot.
const { Bot } = require("grammy");
const { run } = require("@grammyjs/runner");

const token = process.env.Telegram__BotToken;
const apiRoot = process.env.Telegram__ApiBaseUrl;
if (!token || !apiRoot) {
  console.error("Telegram__BotToken and Telegram__ApiBaseUrl must be set");
  process.exit(2);
}

const bot = new Bot(token, { client: { apiRoot } });
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

bot.on("message:text", async (ctx) => {
  const group = ctx.chat.type !== "private";
  const asked = ctx.message.text.replace(/^@\w+\s+/, "");
  await ctx.api.sendMessage(ctx.chat.id, `You asked: <b>${escape(asked)}</b>`, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    ...(group ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } } : {}),
  });
});

bot.catch((err) => console.error("update failed:", err.error));

const runner = run(bot);
const stop = () => {
  if (runner.isRunning()) {
    runner.stop().then(() => process.exit(0));
  }
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
process.stdin.resume();
process.stdin.on("end", stop);
