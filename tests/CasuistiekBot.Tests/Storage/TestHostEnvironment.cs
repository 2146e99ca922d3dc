using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Tests.Storage;

internal sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Test";
    public string ApplicationName { get; set; } = "CasuistiekBot";
    public string ContentRootPath { get; set; } = contentRoot;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
