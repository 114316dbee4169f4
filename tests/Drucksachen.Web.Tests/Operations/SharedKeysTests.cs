using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Operations;

public sealed class SharedKeysTests
{
    private sealed class WithCertificate(Func<string, string> file) : WebAppFactory
    {
        protected override void Configure(IDictionary<string, string?> settings)
        {
            settings["Web:DataProtection:CertificateFile"] = file(Database.Folder);
            settings["Web:DataProtection:CertificatePassword"] = "geheim";
        }
    }

    [Fact]
    public async Task TheKeysInTheDatabase_AreEncryptedToTheConfiguredCertificate()
    {
        using var app = new WithCertificate(folder =>
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=Drucksachen Data Protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            var path = Path.Combine(folder, "keys.pfx");
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "geheim"));
            return path;
        });
        using var client = app.CreateBrowser();

        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.PostLoginAsync(client, "mueller", WebAppFactory.DemoPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Aufgaben")).StatusCode);
        var keys = KeysXml(app);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AnUnreadableCertificateFile_StopsTheStart_NamingTheSetting()
    {
        using var app = new WithCertificate(folder => Path.Combine(folder, "fehlt.pfx"));

        var error = Assert.Throws<InvalidOperationException>(() => app.Server);

        Assert.StartsWith("Web:DataProtection:CertificateFile '", error.Message, StringComparison.Ordinal);
        Assert.Contains("fehlt.pfx' cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static List<string> KeysXml(WebAppFactory app)
    {
        using var connection = app.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Xml" FROM "DataProtectionKeys" """;
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read()) keys.Add(reader.GetString(0));
        return keys;
    }
}
