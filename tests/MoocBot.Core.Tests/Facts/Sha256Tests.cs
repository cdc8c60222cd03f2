using System.Security.Cryptography;
using System.Text;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

/// <summary>The managed SHA-256 behind the repository's version gives the digest .NET's own (OpenSSL) gives.</summary>
public sealed class Sha256Tests
{
    [Fact]
    public void HashData_Abc_IsTheStandardsExample() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(Sha256.HashData("abc"u8)));

    [Fact]
    public void HashData_EveryLengthAcrossThePaddingBoundaries_MatchesDotNet()
    {
        var random = new Random(11);
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);

            Assert.Equal(SHA256.HashData(data), Sha256.HashData(data));
        }
    }

    [Fact]
    public void HashData_TheRealRepositoryText_MatchesDotNet()
    {
        var text = Encoding.UTF8.GetBytes(File.ReadAllText(TestData.FactsPath) + "\0" + string.Concat(Enumerable.Repeat("达到 97.3%\0", 5_000)));

        Assert.Equal(SHA256.HashData(text), Sha256.HashData(text));
    }
}
