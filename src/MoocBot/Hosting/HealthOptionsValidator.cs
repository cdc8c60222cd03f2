using Microsoft.Extensions.Options;

namespace MoocBot.Hosting;

[OptionsValidator]
internal sealed partial class HealthOptionsValidator : IValidateOptions<HealthOptions>;
