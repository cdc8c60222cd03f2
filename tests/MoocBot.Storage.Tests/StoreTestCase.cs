using Xunit.Abstractions;
using Xunit.Sdk;

namespace MoocBot.Storage.Tests;

/// <summary>A store-suite test; skipped in PostgreSQL classes when no server is configured.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        typeof(IPostgresTests).IsAssignableFrom(TestMethod.TestClass.Class.ToRuntimeType()) && PostgresDatabase.SkipReason is { } reason
            ? reason
            : base.GetSkipReason(factAttribute);
}
