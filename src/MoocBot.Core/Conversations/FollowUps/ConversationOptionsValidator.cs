using Microsoft.Extensions.Options;

namespace MoocBot.Core.Conversations.FollowUps;

[OptionsValidator]
internal sealed partial class ConversationOptionsValidator : IValidateOptions<ConversationOptions>;
