namespace MoocBot.Discord.Commands;

internal enum CommandRegistration
{
    Registered,
    Unchanged,
    Invalid,
    Failed,
}
