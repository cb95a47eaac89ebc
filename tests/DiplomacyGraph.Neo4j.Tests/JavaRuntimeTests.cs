using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Neo4j.Tests;

/// <summary>Finding Java and reading its version, against stand-in <c>java</c> executables on a private search path.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class JavaRuntimeTests : IDisposable
{
    private readonly string _bin = Directory.CreateTempSubdirectory("diplomacygraph-java-").FullName;

    [Fact]
    public async Task No_java_on_the_search_path_is_reported_as_missing()
    {
        Assert.Null(await JavaRuntime.TryLocateAsync(javaHome: null, searchPath: _bin));
    }

    [Theory]
    [InlineData("openjdk version \"17.0.15\" 2025-04-15", 17, true)]
    [InlineData("openjdk version \"21\" 2023-09-19", 21, true)]
    [InlineData("java version \"1.8.0_292\"", 8, false)]
    public async Task The_major_version_decides_whether_jdk_internals_must_be_opened(string versionLine, int major, bool needsOpens)
    {
        WriteFakeJava(versionLine);

        var java = await JavaRuntime.TryLocateAsync(javaHome: null, searchPath: _bin);

        Assert.NotNull(java);
        Assert.Equal(major, java.MajorVersion);
        Assert.Equal(needsOpens, java.NeedsModuleOpens);
    }

    [Fact]
    public async Task A_java_older_than_8_is_refused_with_a_clear_error()
    {
        WriteFakeJava("java version \"1.7.0_80\"");

        var error = await Assert.ThrowsAsync<JavaMissingException>(() => JavaRuntime.TryLocateAsync(javaHome: null, searchPath: _bin));

        Assert.Contains("needs Java 8 or later", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_java_on_this_machine_is_found()
    {
        var java = await JavaRuntime.TryLocateAsync();

        Assert.NotNull(java);
        Assert.True(java.MajorVersion >= 8);
    }

    public void Dispose() => Directory.Delete(_bin, recursive: true);

    private void WriteFakeJava(string versionLine)
    {
        var path = Path.Combine(_bin, "java");
        File.WriteAllText(path, $"#!/bin/sh\necho '{versionLine}' >&2\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
