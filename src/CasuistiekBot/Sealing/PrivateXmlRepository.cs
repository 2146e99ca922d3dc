using System.Xml.Linq;
using CasuistiekBot.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CasuistiekBot.Sealing;

/// <summary>
/// Data Protection's key ring as files in the key folder, each created 0600 (the stock file repository leaves the mode
/// to the umask). A key is written under a temporary name and then renamed, so another instance never reads half a key.
/// </summary>
internal sealed class PrivateXmlRepository(string folder) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal).Select(file => XElement.Load(file))];

    public void StoreElement(XElement element, string friendlyName)
    {
        var name = friendlyName.Length > 0 && friendlyName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? friendlyName : Guid.NewGuid().ToString();
        var temporary = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".tmp");
        using (var stream = PrivateFiles.CreateNew(temporary)) element.Save(stream);
        File.Move(temporary, Path.Combine(folder, name + ".xml"));
    }
}
