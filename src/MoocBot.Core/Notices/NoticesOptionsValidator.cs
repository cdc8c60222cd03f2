using Microsoft.Extensions.Options;

namespace MoocBot.Core.Notices;

[OptionsValidator]
internal sealed partial class NoticesOptionsValidator : IValidateOptions<NoticesOptions>;
