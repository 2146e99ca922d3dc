using System.Reflection;
using Xunit.Sdk;

namespace CasuistiekBot.Testing.Postgres;

/// <summary>
/// Like InlineData, for the PostgreSQL row of a theory that also runs on SQLite: skipped locally when
/// CASUISTIEK_TEST_POSTGRES is not set, run (and failing) under CI=true, like <see cref="RequiresServiceFactAttribute"/>;
/// always skipped in the fast suite (<see cref="TestSpeed.IsFastRun"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class PostgresDataAttribute : DataAttribute
{
    private readonly object?[] _data;

    public PostgresDataAttribute(params object?[] data)
    {
        _data = data;
        if (TestSpeed.IsFastRun)
        {
            Skip = "the fast suite starts no PostgreSQL";
        }
        else if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresTestDatabase.EnvironmentVariable)) && !TestEnvironment.IsCi)
        {
            Skip = $"{PostgresTestDatabase.EnvironmentVariable} is not set (scripts/postgres.sh start prints it)";
        }
    }

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [_data];
}
