#include "runtime/exec/mro.h"

#include <vector>

#include "gtest/gtest.h"

namespace mica {
namespace {

// Classes are only compared by address here, so empty Types will do.
struct Hierarchy {
  Type o{}, a{}, b{}, c{}, d{}, e{}, k1{}, k2{}, k3{}, z{};
};

// C3 of `head` given the linearisations of its bases and the bases themselves.
std::vector<const Type*> Linearize(const Type* head, const std::vector<std::vector<const Type*>>& base_mros,
                                   const std::vector<const Type*>& bases) {
  std::vector<const Type* const*> sequences;
  std::vector<uint32_t> lengths;
  size_t total = 1 + bases.size();
  for (const auto& mro : base_mros) {
    sequences.push_back(mro.data());
    lengths.push_back(static_cast<uint32_t>(mro.size()));
    total += mro.size();
  }
  sequences.push_back(bases.data());
  lengths.push_back(static_cast<uint32_t>(bases.size()));
  std::vector<uint32_t> cursors(sequences.size());
  std::vector<const Type*> out(total);
  const uint32_t n = C3Merge(head, sequences.data(), lengths.data(), static_cast<uint32_t>(sequences.size()),
                             cursors.data(), out.data());
  out.resize(n);
  return out;
}

TEST(MroTest, SingleInheritanceIsTheBaseChain) {
  Hierarchy h;
  const auto a = Linearize(&h.a, {{&h.o}}, {&h.o});
  EXPECT_EQ(a, (std::vector<const Type*>{&h.a, &h.o}));
  const auto b = Linearize(&h.b, {a}, {&h.a});
  EXPECT_EQ(b, (std::vector<const Type*>{&h.b, &h.a, &h.o}));
}

TEST(MroTest, Diamond) {
  Hierarchy h;
  const std::vector<const Type*> a = {&h.a, &h.o};
  const auto b = Linearize(&h.b, {a}, {&h.a});
  const auto c = Linearize(&h.c, {a}, {&h.a});
  const auto d = Linearize(&h.d, {b, c}, {&h.b, &h.c});
  EXPECT_EQ(d, (std::vector<const Type*>{&h.d, &h.b, &h.c, &h.a, &h.o}));
}

// The example of the C3 paper (and of Python's MRO documentation).
TEST(MroTest, TheClassicExample) {
  Hierarchy h;
  const std::vector<const Type*> o = {&h.o};
  const std::vector<const Type*> a = {&h.a, &h.o}, b = {&h.b, &h.o}, c = {&h.c, &h.o}, d = {&h.d, &h.o},
                                  e = {&h.e, &h.o};
  const auto k1 = Linearize(&h.k1, {a, b, c}, {&h.a, &h.b, &h.c});
  EXPECT_EQ(k1, (std::vector<const Type*>{&h.k1, &h.a, &h.b, &h.c, &h.o}));
  const auto k2 = Linearize(&h.k2, {d, b, e}, {&h.d, &h.b, &h.e});
  const auto k3 = Linearize(&h.k3, {d, a}, {&h.d, &h.a});
  const auto z = Linearize(&h.z, {k1, k2, k3}, {&h.k1, &h.k2, &h.k3});
  EXPECT_EQ(z, (std::vector<const Type*>{&h.z, &h.k1, &h.k2, &h.k3, &h.d, &h.a, &h.b, &h.c, &h.e, &h.o}));
}

TEST(MroTest, InconsistentOrderIsRejected) {
  Hierarchy h;
  const std::vector<const Type*> a = {&h.a, &h.o}, b = {&h.b, &h.o};
  const auto x = Linearize(&h.c, {a, b}, {&h.a, &h.b});  // class X(A, B)
  const auto y = Linearize(&h.d, {b, a}, {&h.b, &h.a});  // class Y(B, A)
  ASSERT_EQ(x.size(), 4u);
  ASSERT_EQ(y.size(), 4u);
  EXPECT_TRUE(Linearize(&h.z, {x, y}, {&h.c, &h.d}).empty());  // class Z(X, Y)
  // A base listed before its own subclass is inconsistent too: class Z(A, B) where B derives from A.
  const auto ba = Linearize(&h.b, {a}, {&h.a});
  EXPECT_TRUE(Linearize(&h.z, {a, ba}, {&h.a, &h.b}).empty());
}

}  // namespace
}  // namespace mica
