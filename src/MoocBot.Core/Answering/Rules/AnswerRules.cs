namespace MoocBot.Core.Answering.Rules;

/// <summary>
/// Every rule of the answerer, in the one order they apply: within each <see cref="RulePhase"/> (text, reading,
/// scores) in list order, and the first refusal decides. The words the rules read are data (the sections of
/// <c>data/vocabulary.txt</c>), their numbers <see cref="AnsweringWeights"/>.
/// </summary>
internal static class AnswerRules
{
    public static IAnswerRule[] Create(Lexicon lexicon, FactIndex index, AnsweringWeights weights) =>
    [
        new ArithmeticRule(),
        new UnitedStatesRule(),
        new AttributionRule(lexicon, index, weights),
        new WorldOfCountriesRule(lexicon, index),
        new NothingToLookUpRule(),
        new OutOfScopeRule(),
        new PopulationRule(lexicon, index),
        new ThresholdRule(weights),
        new WhatItIsRule(index, weights),
    ];
}
