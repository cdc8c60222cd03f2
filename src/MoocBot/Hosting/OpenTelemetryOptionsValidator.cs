using Microsoft.Extensions.Options;

namespace MoocBot.Hosting;

[OptionsValidator]
internal sealed partial class OpenTelemetryOptionsValidator : IValidateOptions<OpenTelemetryOptions>;
