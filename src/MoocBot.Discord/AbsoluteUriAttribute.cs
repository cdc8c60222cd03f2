using System.ComponentModel.DataAnnotations;

namespace MoocBot.Discord;

/// <summary>Requires an absolute address, so a typo in a base URL fails at start-up rather than at the first request.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class AbsoluteUriAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || value is Uri { IsAbsoluteUri: true };
}
