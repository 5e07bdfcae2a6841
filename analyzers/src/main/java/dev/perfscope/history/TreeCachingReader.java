package dev.perfscope.history;

import java.io.IOException;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * An object reader that keeps the most recently read trees. Walking history, each tree is read twice in a
 * row (as a commit's tree, then as its child's parent tree), and unpacking trees is most of a walk's cost.
 */
final class TreeCachingReader extends ObjectReader.Filter {
  private static final int TREES = 512;

  private final ObjectReader delegate;
  private final Map<ObjectId, byte[]> trees = new RecentlyUsed<>(TREES);

  TreeCachingReader(ObjectReader delegate) {
    this.delegate = delegate;
  }

  @Override
  protected ObjectReader delegate() {
    return delegate;
  }

  @Override
  public ObjectLoader open(AnyObjectId id, int typeHint) throws IOException {
    if (typeHint != Constants.OBJ_TREE) {
      return delegate.open(id, typeHint);
    }
    byte[] raw = trees.get(id);
    if (raw == null) {
      raw = delegate.open(id, typeHint).getCachedBytes();
      trees.put(id.copy(), raw);
    }
    return new ObjectLoader.SmallObject(Constants.OBJ_TREE, raw);
  }
}
