using Microsoft.Extensions.Options;

namespace MoocBot.Telegram;

[OptionsValidator]
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;
