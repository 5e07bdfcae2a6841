package dev.perfscope.lang.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.modifiers.NodeWithAccessModifiers;
import com.github.javaparser.ast.nodeTypes.modifiers.NodeWithPrivateModifier;

/**
 * Whether a member of a top-level type is part of the API other packages reach on that type: the type is
 * public, and the member is public or protected (explicitly, or implicitly as an interface's or annotation's
 * non-private member or an enum constant). A split that moved it would change every caller.
 */
final class PublishedApi {
  private PublishedApi() {}

  static boolean of(TypeDeclaration<?> type, Node member) {
    if (!type.isPublic()) {
      return false;
    }
    if (member instanceof EnumConstantDeclaration) {
      return true;
    }
    boolean implicitlyPublic = type.isAnnotationDeclaration()
        || type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface();
    if (implicitlyPublic) {
      return !(member instanceof NodeWithPrivateModifier<?> p && p.isPrivate());
    }
    return member instanceof NodeWithAccessModifiers<?> m && (m.isPublic() || m.isProtected());
  }
}
