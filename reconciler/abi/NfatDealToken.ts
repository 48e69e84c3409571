// generated — do not edit. Regenerate with `tsx reconciler/scripts/gen-abi.ts` after `forge build`.
// NfatDealToken from contracts/src/nfat/NfatDealToken.sol.

export const nfatDealTokenAbi = [
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "OPERATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "allowListEnabled",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "approve",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "balanceOf",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "burn",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "deal",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "exists",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "facility",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getApproved",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "initialize",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "internalType": "struct INfatDealToken.DealTokenConfig",
        "components": [
          {
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "allowListEnabled",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isAllowed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isApprovedForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "mint",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "data",
        "type": "tuple",
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "name",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "ownerOf",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "redeem",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reducePrincipal",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "remaining",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "safeTransferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "data",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setAllowListEnabled",
    "inputs": [
      {
        "name": "enabled",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setAllowed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "allowed",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setApprovalForAll",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "symbol",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "tokenURI",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalMinted",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalOutstanding",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferFrom",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AllowListEnabled",
    "inputs": [
      {
        "name": "enabled",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AllowListed",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "allowed",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Approval",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ApprovalForAll",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "approved",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DealBurnt",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "holder",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DealMinted",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "depositor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bookId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "deal",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatDealToken.Deal",
        "components": [
          {
            "name": "principal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "originalPrincipal",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "depositor",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "mintedAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "maturity",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "schedule",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "bookId",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "termsHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DealTokenInitialized",
    "inputs": [
      {
        "name": "config",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct INfatDealToken.DealTokenConfig",
        "components": [
          {
            "name": "name",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "symbol",
            "type": "string",
            "internalType": "string"
          },
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "facility",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "redeem",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "allowListEnabled",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PrincipalReduced",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "remaining",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Transfer",
    "inputs": [
      {
        "name": "from",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_AllowListRequired",
    "inputs": []
  },
  {
    "type": "error",
    "name": "DealToken_NotFacility",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_NotRedeem",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_PrincipalUnderflow",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "principal",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_ReceiverNotAllowed",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_ZeroAddress",
    "inputs": [
      {
        "name": "what",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "DealToken_ZeroPrincipal",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ERC721IncorrectOwner",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InsufficientApproval",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidApprover",
    "inputs": [
      {
        "name": "approver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidOperator",
    "inputs": [
      {
        "name": "operator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidReceiver",
    "inputs": [
      {
        "name": "receiver",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721InvalidSender",
    "inputs": [
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ERC721NonexistentToken",
    "inputs": [
      {
        "name": "tokenId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidInitialization",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotInitializing",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  }
] as const;

/** Creation bytecode. */
export const nfatDealTokenBytecode: `0x${string}` = "0x6080604052348015600e575f5ffd5b5060156019565b60c9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161560685760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161460c65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b612872806100d65f395ff3fe608060405234801561000f575f5ffd5b50600436106101fd575f3560e01c80637158fbb611610114578063babcc539116100a9578063cbc390b311610079578063cbc390b314610462578063d547741f14610475578063e805693d14610488578063e985e9c51461049b578063efeadb6d146104ae575f5ffd5b8063babcc539146103f1578063be040fb01461041c578063c87b56dd1461042f578063c959c42b14610442575f5ffd5b8063a217fddf116100e4578063a217fddf146103bb578063a22cb465146103c2578063a2309ff8146103d5578063b88d4fde146103de575f5ffd5b80637158fbb61461037957806391d148541461038c57806395d89b411461039f578063983d2737146103a7575f5ffd5b80632f2ff15d116101955780634697f05d116101655780634697f05d1461031b5780634edd8b411461032e5780634f558e79146103405780636352211e1461035357806370a0823114610366575f5ffd5b80632f2ff15d146102cf57806336568abe146102e257806342842e0e146102f557806342966c6814610308575f5ffd5b806316078d04116101d057806316078d041461027e57806322bd5c1c1461029557806323b872dd146102a9578063248a9ca3146102bc575f5ffd5b806301ffc9a71461020157806306fdde0314610229578063081812fc1461023e578063095ea7b314610269575b5f5ffd5b61021461020f366004611cd6565b6104c1565b60405190151581526020015b60405180910390f35b6102316104fa565b6040516102209190611d1f565b61025161024c366004611d31565b61059b565b6040516001600160a01b039091168152602001610220565b61027c610277366004611d6c565b6105af565b005b61028760035481565b604051908152602001610220565b60015461021490600160a01b900460ff1681565b61027c6102b7366004611d96565b6105be565b6102876102ca366004611d31565b61064c565b61027c6102dd366004611dd4565b61066c565b61027c6102f0366004611dd4565b610688565b61027c610303366004611d96565b6106c0565b61027c610316366004611d31565b6106da565b61027c610329366004611e1a565b610794565b5f54610251906001600160a01b031681565b61021461034e366004611d31565b61084e565b610251610361366004611d31565b61086a565b610287610374366004611e46565b610874565b610287610387366004611e61565b6108cc565b61021461039a366004611dd4565b6109c2565b6102316109f8565b6102875f5160206128325f395f51905f5281565b6102875f81565b61027c6103d0366004611e1a565b610a36565b61028760025481565b61027c6103ec366004611ef0565b610a41565b6102146103ff366004611e46565b6001600160a01b03165f9081526004602052604090205460ff1690565b600154610251906001600160a01b031681565b61023161043d366004611d31565b610a59565b610455610450366004611d31565b610aca565b6040516102209190611fb2565b61027c61047036600461204d565b610bae565b61027c610483366004611dd4565b610f85565b610287610496366004612084565b610fa1565b6102146104a93660046120c4565b61109e565b61027c6104bc3660046120f0565b6110ea565b5f6001600160e01b03198216637bab272d60e01b14806104e557506104e5826111fc565b806104f457506104f48261124b565b92915050565b5f5160206128125f395f51905f5280546060919081906105199061210b565b80601f01602080910402602001604051908101604052809291908181526020018280546105459061210b565b80156105905780601f1061056757610100808354040283529160200191610590565b820191905f5260205f20905b81548152906001019060200180831161057357829003601f168201915b505050505091505090565b5f6105a58261126f565b506104f4826112a6565b6105ba8282336112df565b5050565b6001600160a01b0382166105ec57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6105f88383336112ec565b9050836001600160a01b0316816001600160a01b031614610646576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016105e3565b50505050565b5f9081525f5160206128525f395f51905f52602052604090206001015490565b6106758261064c565b61067e8161138c565b6106468383611399565b6001600160a01b03811633146106b15760405163334bd91960e11b815260040160405180910390fd5b6106bb828261143a565b505050565b6106bb83838360405180602001604052805f815250610a41565b6001546001600160a01b031633146107075760405163224e809960e11b81523360048201526024016105e3565b5f6107118261126f565b905060035f815461072190612157565b909155505f8281526005602052604081208181556001810180546001600160f81b0319169055600281018290556003015561075b826114b3565b6040516001600160a01b0382169083907fde338d7f3497fba47686f8936786c013cb2a27c93f8b4fe4c80df7c26a755c93905f90a35050565b5f5160206128325f395f51905f526107ab8161138c565b6001600160a01b0383166107ec57604051632c234bd960e01b81526020600482015260076024820152661858d8dbdd5b9d60ca1b60448201526064016105e3565b6001600160a01b0383165f81815260046020908152604091829020805460ff191686151590811790915591519182523392917fdffc8f5de1aa3919dbd7ced603aaa78af49ee8c49a620efbbcfc8de76a073ec0910160405180910390a3505050565b5f80610859836114eb565b6001600160a01b0316141592915050565b5f6104f48261126f565b5f5f5160206128125f395f51905f526001600160a01b0383166108ac576040516322718ad960e21b81525f60048201526024016105e3565b6001600160a01b039092165f908152600390920160205250604090205490565b6001545f906001600160a01b031633146108fb5760405163224e809960e11b81523360048201526024016105e3565b6109048361126f565b505f83815260056020526040902080546001600160801b03168084111561094f57604051632bfd233560e21b81526004810186905260248101859052604481018290526064016105e3565b610959848261216c565b925061096483611524565b82546001600160801b0319166001600160801b0391909116178255604080518581526020810185905286917f8c86c49fe7c73c864ac5f84d6247c57d1b55e661699aa6bae1316e2145ba83bd910160405180910390a2505092915050565b5f9182525f5160206128525f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930180546060915f5160206128125f395f51905f52916105199061210b565b6105ba33838361155b565b610a4c8484846105be565b610646338585858561160a565b6060610a648261126f565b505f610a7a60408051602081019091525f815290565b90505f815111610a985760405180602001604052805f815250610ac3565b80610aa284611730565b604051602001610ab3929190612196565b6040516020818303038152906040525b9392505050565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152610b138261126f565b50505f9081526005602090815260409182902082516101008101845281546001600160801b038082168352600160801b909104169281019290925260018101546001600160a01b03811693830193909352600160a01b830464ffffffffff9081166060840152600160c81b8404166080830152600160f01b90920460ff1660a0820152600282015460c082015260039091015460e082015290565b5f610bb76117c1565b805490915060ff600160401b820416159067ffffffffffffffff165f81158015610bde5750825b90505f8267ffffffffffffffff166001148015610bfa5750303b155b905081158015610c08575080155b15610c265760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610c5057845460ff60401b1916600160401b1785555b5f610c616060880160408901611e46565b6001600160a01b031603610ca057604051632c234bd960e01b815260206004820152600560248201526430b236b4b760d91b60448201526064016105e3565b5f610cb160a0880160808901611e46565b6001600160a01b031603610cf357604051632c234bd960e01b8152602060048201526008602482015267666163696c69747960c01b60448201526064016105e3565b5f610d0460c0880160a08901611e46565b6001600160a01b031603610d4457604051632c234bd960e01b815260206004820152600660248201526572656465656d60d01b60448201526064016105e3565b610dcb610d5187806121aa565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610d929250505060208901896121aa565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117e992505050565b610dd36117fb565b610dec5f610de76060890160408a01611e46565b611399565b505f610dfe6080880160608901611e46565b6001600160a01b031614610e2f57610e2d5f5160206128325f395f51905f52610de76080890160608a01611e46565b505b610e3f60a0870160808801611e46565b5f80546001600160a01b0319166001600160a01b0392909216919091179055610e6e60c0870160a08801611e46565b600180546001600160a01b0319166001600160a01b0392909216919091179055610e9e60e0870160c088016120f0565b60018054911515600160a01b0260ff60a01b199092169190911790556040517f3f6b09064c3591bd265c3448ee4a1bd757456299f37e39472910d1cb0f6c566890610eea90889061225e565b60405180910390a1337f2aec52f0d503fa2439f4bacf74ef2015ef5e3f162abf3a76c8760ddd5177ff2b610f2460e0890160c08a016120f0565b604051901515815260200160405180910390a28315610f7d57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b610f8e8261064c565b610f978161138c565b610646838361143a565b5f80546001600160a01b03163314610fce576040516301f6071960e31b81523360048201526024016105e3565b610fdb602083018361234f565b6001600160801b03165f0361100357604051639ccb791360e01b815260040160405180910390fd5b60025f81546110119061236a565b919050819055905060035f81546110279061236a565b909155505f818152600560205260409020829061104482826123c6565b9050506110518382611805565b8160c00135836001600160a01b0316827f3f2bfe098087d645faa4f0587d441910108230162a1c4ffdfc73f09e9ebf7ff585604051611090919061250f565b60405180910390a492915050565b6001600160a01b039182165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793056020908152604080832093909416825291909152205460ff1690565b5f5160206128325f395f51905f526111018161138c565b8115801561118357505f5f9054906101000a90046001600160a01b03166001600160a01b0316634da03c8e6040518163ffffffff1660e01b815260040161014060405180830381865afa15801561115a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061117e91906125ff565b60e001515b156111a157604051633975ee3560e11b815260040160405180910390fd5b60018054831515600160a01b0260ff60a01b1990911617905560405133907f2aec52f0d503fa2439f4bacf74ef2015ef5e3f162abf3a76c8760ddd5177ff2b906111f090851515815260200190565b60405180910390a25050565b5f6001600160e01b031982166380ac58cd60e01b148061122c57506001600160e01b03198216635b5e139f60e01b145b806104f457506301ffc9a760e01b6001600160e01b03198316146104f4565b5f6001600160e01b03198216637965db0b60e01b14806104f457506104f4826111fc565b5f5f61127a836114eb565b90506001600160a01b0381166104f457604051637e27328960e01b8152600481018490526024016105e3565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930460205260409020546001600160a01b031690565b6106bb8383836001611866565b6001545f90600160a01b900460ff16801561130f57506001600160a01b03841615155b801561132c57505f611320846114eb565b6001600160a01b031614155b801561135057506001600160a01b0384165f9081526004602052604090205460ff16155b1561137957604051632437a0ab60e01b81526001600160a01b03851660048201526024016105e3565b611384848484611979565b949350505050565b6113968133611a7b565b50565b5f5f5160206128525f395f51905f526113b284846109c2565b611431575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556113e73390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506104f4565b5f9150506104f4565b5f5f5160206128525f395f51905f5261145384846109c2565b15611431575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506104f4565b5f6114bf5f835f6112ec565b90506001600160a01b0381166105ba57604051637e27328960e01b8152600481018390526024016105e3565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260409020546001600160a01b031690565b5f6001600160801b03821115611557576040516306dfcc6560e41b815260806004820152602481018390526044016105e3565b5090565b5f5160206128125f395f51905f526001600160a01b03831661159b57604051630b61174360e31b81526001600160a01b03841660048201526024016105e3565b6001600160a01b038481165f818152600584016020908152604080832094881680845294825291829020805460ff191687151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a350505050565b6001600160a01b0383163b1561172957604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061164c9088908890879087906004016126bb565b6020604051808303815f875af1925050508015611686575060408051601f3d908101601f19168201909252611683918101906126f7565b60015b6116ed573d8080156116b3576040519150601f19603f3d011682016040523d82523d5f602084013e6116b8565b606091505b5080515f036116e557604051633250574960e11b81526001600160a01b03851660048201526024016105e3565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610f7d57604051633250574960e11b81526001600160a01b03851660048201526024016105e3565b5050505050565b60605f61173c83611ab4565b60010190505f8167ffffffffffffffff81111561175b5761175b611e81565b6040519080825280601f01601f191660200182016040528015611785576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461178f575b509392505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006104f4565b6117f1611b8b565b6105ba8282611bb0565b611803611b8b565b565b6001600160a01b03821661182e57604051633250574960e11b81525f60048201526024016105e3565b5f61183a83835f6112ec565b90506001600160a01b038116156106bb576040516339e3563760e11b81525f60048201526024016105e3565b5f5160206128125f395f51905f52818061188857506001600160a01b03831615155b15611949575f6118978561126f565b90506001600160a01b038416158015906118c35750836001600160a01b0316816001600160a01b031614155b80156118d657506118d4818561109e565b155b156118ff5760405163a9fbf51f60e01b81526001600160a01b03851660048201526024016105e3565b82156119475784866001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b5f93845260040160205250506040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f5160206128125f395f51905f5281611992856114eb565b90506001600160a01b038416156119ae576119ae818587611be0565b6001600160a01b038116156119ea576119c95f865f5f611866565b6001600160a01b0381165f908152600383016020526040902080545f190190555b6001600160a01b03861615611a1a576001600160a01b0386165f9081526003830160205260409020805460010190555b5f85815260028301602052604080822080546001600160a01b0319166001600160a01b038a811691821790925591518893918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a495945050505050565b611a8582826109c2565b6105ba5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016105e3565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310611af25772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611b1e576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611b3c57662386f26fc10000830492506010015b6305f5e1008310611b54576305f5e100830492506008015b6127108310611b6857612710830492506004015b60648310611b7a576064830492506002015b600a83106104f45760010192915050565b611b93611c44565b61180357604051631afcd79f60e31b815260040160405180910390fd5b611bb8611b8b565b5f5160206128125f395f51905f5280611bd18482612756565b50600181016106468382612756565b611beb838383611c5d565b6106bb576001600160a01b038316611c1957604051637e27328960e01b8152600481018290526024016105e3565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016105e3565b5f611c4d6117c1565b54600160401b900460ff16919050565b5f6001600160a01b038316158015906113845750826001600160a01b0316846001600160a01b03161480611c965750611c96848461109e565b806113845750826001600160a01b0316611caf836112a6565b6001600160a01b031614949350505050565b6001600160e01b031981168114611396575f5ffd5b5f60208284031215611ce6575f5ffd5b8135610ac381611cc1565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610ac36020830184611cf1565b5f60208284031215611d41575f5ffd5b5035919050565b6001600160a01b0381168114611396575f5ffd5b8035611d6781611d48565b919050565b5f5f60408385031215611d7d575f5ffd5b8235611d8881611d48565b946020939093013593505050565b5f5f5f60608486031215611da8575f5ffd5b8335611db381611d48565b92506020840135611dc381611d48565b929592945050506040919091013590565b5f5f60408385031215611de5575f5ffd5b823591506020830135611df781611d48565b809150509250929050565b8015158114611396575f5ffd5b8035611d6781611e02565b5f5f60408385031215611e2b575f5ffd5b8235611e3681611d48565b91506020830135611df781611e02565b5f60208284031215611e56575f5ffd5b8135610ac381611d48565b5f5f60408385031215611e72575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52604160045260245ffd5b604051610140810167ffffffffffffffff81118282101715611eb957611eb9611e81565b60405290565b604051601f8201601f1916810167ffffffffffffffff81118282101715611ee857611ee8611e81565b604052919050565b5f5f5f5f60808587031215611f03575f5ffd5b8435611f0e81611d48565b93506020850135611f1e81611d48565b925060408501359150606085013567ffffffffffffffff811115611f40575f5ffd5b8501601f81018713611f50575f5ffd5b803567ffffffffffffffff811115611f6a57611f6a611e81565b611f7d601f8201601f1916602001611ebf565b818152886020838501011115611f91575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f610100820190506001600160801b0383511682526001600160801b03602084015116602083015260018060a01b0360408401511660408301526060830151612004606084018264ffffffffff169052565b50608083015161201d608084018264ffffffffff169052565b5060a083015161203260a084018260ff169052565b5060c083015160c083015260e083015160e083015292915050565b5f6020828403121561205d575f5ffd5b813567ffffffffffffffff811115612073575f5ffd5b820160e08185031215610ac3575f5ffd5b5f5f828403610120811215612097575f5ffd5b83356120a281611d48565b9250610100601f19820112156120b6575f5ffd5b506020830190509250929050565b5f5f604083850312156120d5575f5ffd5b82356120e081611d48565b91506020830135611df781611d48565b5f60208284031215612100575f5ffd5b8135610ac381611e02565b600181811c9082168061211f57607f821691505b60208210810361213d57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f8161216557612165612143565b505f190190565b818103818111156104f4576104f4612143565b5f81518060208401855e5f93019283525090919050565b5f6113846121a4838661217f565b8461217f565b5f5f8335601e198436030181126121bf575f5ffd5b83018035915067ffffffffffffffff8211156121d9575f5ffd5b6020019150368190038213156121ed575f5ffd5b9250929050565b5f5f8335601e19843603018112612209575f5ffd5b830160208101925035905067ffffffffffffffff811115612228575f5ffd5b8036038213156121ed575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f61226d83846121f4565b60e0602085015261228361010085018284612236565b91505061229360208501856121f4565b848303601f190160408601526122aa838284612236565b9250505060408401356122bc81611d48565b6001600160a01b03166060848101919091528401356122da81611d48565b6001600160a01b0381166080850152506122f660808501611d5c565b6001600160a01b03811660a08501525061231260a08501611d5c565b6001600160a01b03811660c08501525061232e60c08501611e0f565b80151560e08501526117b9565b6001600160801b0381168114611396575f5ffd5b5f6020828403121561235f575f5ffd5b8135610ac38161233b565b5f6001820161237b5761237b612143565b5060010190565b5f81356104f481611d48565b64ffffffffff81168114611396575f5ffd5b5f81356104f48161238e565b60ff81168114611396575f5ffd5b5f81356104f4816123ac565b81356123d18161233b565b6001600160801b0381166001600160801b0319835416178255505f60208301356123fa8161233b565b82546001600160801b031660809190911b6001600160801b031916178255506001810161244961242c60408501612382565b82546001600160a01b0319166001600160a01b0391909116178255565b61247e612458606085016123a0565b82805464ffffffffff60a01b191660a09290921b64ffffffffff60a01b16919091179055565b6124b361248d608085016123a0565b82805464ffffffffff60c81b191660c89290921b64ffffffffff60c81b16919091179055565b6124e06124c260a085016123ba565b82805460ff60f01b191660f09290921b60ff60f01b16919091179055565b5060c0820135600282015560e090910135600390910155565b8035611d678161238e565b8035611d67816123ac565b6101008101823561251f8161233b565b6001600160801b0316825260208301356125388161233b565b6001600160801b0316602083015261255260408401611d5c565b6001600160a01b0316604083015261256c606084016124f9565b64ffffffffff166060830152612584608084016124f9565b64ffffffffff16608083015261259c60a08401612504565b60ff1660a083015260c0838101359083015260e092830135929091019190915290565b805167ffffffffffffffff81168114611d67575f5ffd5b8051611d678161233b565b805163ffffffff81168114611d67575f5ffd5b8051611d6781611e02565b5f610140828403128015612611575f5ffd5b5061261a611e95565b612623836125bf565b8152612631602084016125bf565b6020820152612642604084016125d6565b6040820152612653606084016125d6565b6060820152612664608084016125e1565b608082015261267560a084016125e1565b60a082015261268660c084016125f4565b60c082015261269760e084016125f4565b60e08201526101008381015190820152610120928301519281019290925250919050565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906126ed90830184611cf1565b9695505050505050565b5f60208284031215612707575f5ffd5b8151610ac381611cc1565b601f8211156106bb57805f5260205f20601f840160051c810160208510156127375750805b601f840160051c820191505b81811015611729575f8155600101612743565b815167ffffffffffffffff81111561277057612770611e81565b6127848161277e845461210b565b84612712565b6020601f8211600181146127b6575f831561279f5750848201515b5f19600385901b1c1916600184901b178455611729565b5f84815260208120601f198516915b828110156127e557878501518255602094850194600190920191016127c5565b508482101561280257868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fe80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab0079300523a704056dcd17bcf83bed8b68c59416dac1119be77755efe3bde0a64e46e0c02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800";
