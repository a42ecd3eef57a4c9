package org.groma.app.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.groma.app.commission.DemoCommission;
import org.groma.app.node.CommissionNode;
import org.groma.app.node.KeyRing;
import org.groma.app.node.ScriptedCommission;
import org.groma.app.testing.Seeded;
import org.groma.journal.sign.SigningKey;

/** The scripted demo history in a real store, checkpointed and cosigned, and a small test image. */
final class DocumentFixtures {

  private DocumentFixtures() {}

  static KeyRing keys(long seed) {
    return new KeyRing(KeyRing.DEMO_LABELS,
        label -> SigningKey.generate(Seeded.random(seed * 100 + KeyRing.DEMO_LABELS.indexOf(label))));
  }

  /** The demo history at {@code file}, under one checkpoint of every entry that both witnesses cosigned. */
  static CommissionNode cosignedDemo(Path file, KeyRing keys) {
    CommissionNode node = ScriptedCommission.create(file, "groma.test/commission/demo", keys);
    node.signCheckpoint(keys.key("operator"));
    Clock clock = Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneOffset.UTC);
    node.cosign(DemoCommission.WITNESS_A_NAME, keys.key("witness-a"), clock);
    node.cosign(DemoCommission.WITNESS_B_NAME, keys.key("witness-b"), clock);
    return node;
  }

  /** A 400 × 240 PNG: a map-like extract (blue water, a red line). */
  static byte[] png() {
    BufferedImage image = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xeef3e2));
    g.fillRect(0, 0, 400, 240);
    g.setColor(new Color(0x7fb3e0));
    g.fillOval(40, 120, 180, 90);
    g.setColor(Color.RED);
    g.drawLine(10, 20, 390, 220);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
