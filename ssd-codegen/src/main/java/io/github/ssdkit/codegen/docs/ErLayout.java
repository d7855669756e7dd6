package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the tables of an entity-relationship diagram with the Eclipse Layout Kernel's layered
 * algorithm (orthogonal edges, which route around boxes), and returns plain coordinates to draw.
 * ELK's randomness is seeded and the graph is built in spec order, so the same tables always
 * give the same layout. Box sizes come from text lengths in a monospaced font of known advance.
 */
final class ErLayout {

  /** Advance of one character of the diagrams' 12 px monospaced font, rounded up. */
  static final double CHAR_WIDTH = 7.4;
  static final double LINE = 16;
  static final double HEADER = 22;
  static final double PAD = 8;

  /** A table's box; {@code lines} are its key columns, each {@code PK } or {@code FK } first; {@code external} when drawn for context only. */
  record Box(String table, double x, double y, double width, double height, List<String> lines, boolean external) {}

  /** A foreign key from one table to another, as a polyline from the referring box to the referred one. */
  record Edge(String from, String to, String column, List<double[]> points) {}

  record Layout(double width, double height, List<Box> boxes, List<Edge> edges) {}

  /** An ELK edge waiting for its route, with what it stands for. */
  private record Pending(ElkEdge edge, String from, String to, String column) {}

  private static final Object ENGINE_LOCK = new Object();
  private static boolean registered;

  private ErLayout() {}

  /**
   * Lays out the given tables, their foreign keys among themselves, and (as external boxes, name
   * only) the tables they refer to outside the list.
   */
  static Layout of(Spec spec, List<Table> tables) {
    Set<String> inside = new LinkedHashSet<>();
    tables.forEach(t -> inside.add(t.name()));
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);

    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    Map<String, List<String>> lines = new LinkedHashMap<>();
    for (Table t : tables) {
      List<String> keys = keyLines(t);
      lines.put(t.name(), keys);
      nodes.put(t.name(), node(root, t.name(), keys));
    }
    List<Pending> edges = new ArrayList<>();
    for (Table t : tables) {
      for (Field f : t.foreignKeys()) {
        String target = f.references().table();
        if (target.equals(t.name()) || spec.table(target).isEmpty()) {
          continue; // a self-reference reads better as the FK mark in its own box
        }
        if (!nodes.containsKey(target)) {
          lines.put(target, List.of());
          nodes.put(target, node(root, target, List.of()));
        }
        // drawn from the referred table to the referring one, so that parents come first, left to
        // right; each from a port of its own, so that a table many refer to grows to seat them all
        // rather than gather every arrow on one point
        ElkPort port = ElkGraphUtil.createPort(nodes.get(target));
        port.setDimensions(1, 1);
        ElkEdge e = ElkGraphUtil.createSimpleEdge(port, nodes.get(t.name()));
        edges.add(new Pending(e, t.name(), target, f.name()));
      }
    }
    synchronized (ENGINE_LOCK) {
      if (!registered) {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        registered = true;
      }
      new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }
    List<Box> boxes = new ArrayList<>();
    nodes.forEach((name, n) -> boxes.add(new Box(name, n.getX(), n.getY(), n.getWidth(), n.getHeight(), lines.get(name),
        !inside.contains(name))));
    List<Edge> out = new ArrayList<>();
    for (Pending e : edges) {
      out.add(new Edge(e.from(), e.to(), e.column(), points(e.edge())));
    }
    return new Layout(root.getWidth(), root.getHeight(), boxes, out);
  }

  private static ElkNode node(ElkNode root, String name, List<String> keys) {
    ElkNode n = ElkGraphUtil.createNode(root);
    n.setIdentifier(name);
    int longest = name.length();
    for (String k : keys) {
      longest = Math.max(longest, k.length());
    }
    double width = Math.ceil(longest * CHAR_WIDTH + 2 * PAD);
    double height = HEADER + keys.size() * LINE + (keys.isEmpty() ? 0 : PAD);
    n.setDimensions(width, height);
    n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FREE);
    n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.PORTS, SizeConstraint.MINIMUM_SIZE));
    n.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
    n.setProperty(CoreOptions.SPACING_PORT_PORT, 6.0);
    return n;
  }

  /** The primary-key columns, then the other foreign-key columns, each marked. */
  static List<String> keyLines(Table t) {
    List<String> out = new ArrayList<>();
    for (String k : t.primaryKey()) {
      boolean fk = t.field(k).map(f -> f.references() != null).orElse(false);
      out.add((fk ? "PK FK " : "PK ") + k);
    }
    for (Field f : t.foreignKeys()) {
      if (!t.primaryKey().contains(f.name())) {
        out.add("FK " + f.name());
      }
    }
    return out;
  }

  /** The edge's route, from the referring box to the referred one. */
  private static List<double[]> points(ElkEdge e) {
    List<double[]> out = new ArrayList<>();
    for (ElkEdgeSection s : e.getSections()) {
      out.add(new double[] {s.getStartX(), s.getStartY()});
      for (ElkBendPoint b : s.getBendPoints()) {
        out.add(new double[] {b.getX(), b.getY()});
      }
      out.add(new double[] {s.getEndX(), s.getEndY()});
    }
    Collections.reverse(out);
    return out;
  }
}
