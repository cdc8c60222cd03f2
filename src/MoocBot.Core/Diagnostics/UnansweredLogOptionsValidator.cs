using Microsoft.Extensions.Options;

namespace MoocBot.Core.Diagnostics;

[OptionsValidator]
internal sealed partial class UnansweredLogOptionsValidator : IValidateOptions<UnansweredLogOptions>;
